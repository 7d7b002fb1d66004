import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the panel in the message ("The inspector failed to show"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  attempt: number;
}

/**
 * Keeps a crash inside one panel: the rest of the app (and the scenario, which lives in the
 * store) carries on, and "Reload this panel" mounts the panel afresh.
 */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} crashed`, error, info.componentStack);
  }

  override render() {
    const { error, attempt } = this.state;
    if (!error)
      return (
        <div key={attempt} className="contents">
          {this.props.children}
        </div>
      );
    return (
      <div
        role="alert"
        className="m-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
      >
        <p className="font-semibold">The {this.props.name} failed to show.</p>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Your scenario is safe. ({error.message.slice(0, 160)})
        </p>
        <button
          type="button"
          onClick={() => this.setState({ error: null, attempt: attempt + 1 })}
          className="mt-2 rounded-md bg-red-700 px-2.5 py-1 font-medium text-white hover:bg-red-800"
        >
          Reload this panel
        </button>
      </div>
    );
  }
}
