import { Button } from '../../../ui/Button.tsx';
import { enterPresenter } from './presenter-actions.ts';

export function PresenterButton() {
  return (
    <Button
      variant="ghost"
      onClick={enterPresenter}
      title="Full-screen diagram with large labels and the points to watch, for a class (Esc leaves)"
    >
      Presenter mode
    </Button>
  );
}
