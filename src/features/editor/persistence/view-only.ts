/**
 * Opening someone's link: their scenario is shown view-only, and the learner's own work stays
 * exactly as saved (autosave skips a scenario that is not theirs). The first edit, or "Make a
 * copy", turns the link into the learner's work: their previous work is set aside, one click
 * away ("Restore previous work"), and saving resumes. A locked link refuses edits until copied.
 */
import type { Scenario } from '../../../domain/diagram/index.ts';
import { clearHistory, useDiagram } from '../../../store/diagram-store.ts';
import { useNotices } from '../../../store/notices-store.ts';
import { useOwnership } from '../../../store/ownership-store.ts';
import { useSelection } from '../../../store/selection-store.ts';
import { saveNow } from './autosave.ts';
import { backUpCurrentWork } from '../../../store/backup.ts';
import { useSession } from '../../../store/session-store.ts';

/** The learner's work when the link opened (null on a first visit: nothing of theirs yet). */
let ownWork: Scenario | null = null;
/** The scenario the link showed; any other document while viewing is an edit. */
let viewed: Scenario | null = null;
let stopWatching: (() => void) | null = null;
let lastRefusal = 0;

const notify = (...args: Parameters<ReturnType<typeof useNotices.getState>['notify']>) =>
  useNotices.getState().notify(...args);

/** Shows a link's scenario without making it the learner's work. */
export function openForViewing(scenario: Scenario, locked: boolean) {
  if (useOwnership.getState().ownership === 'own')
    ownWork = useSession.getState().firstVisit ? null : useDiagram.getState().scenario;
  viewed = scenario;
  useOwnership.getState().set(locked ? 'locked' : 'view');
  useSelection.getState().clear();
  useDiagram.getState().replace(scenario);
  // Undo must not lead back into the learner's work while it is not theirs to change.
  clearHistory();
  stopWatching ??= useDiagram.subscribe((state) => {
    if (viewed === null || state.scenario === viewed) return;
    if (useOwnership.getState().ownership === 'locked') refuseEdit();
    else if (useOwnership.getState().ownership === 'view') makeCopy('edit');
  });
}

function refuseEdit() {
  const locked = viewed;
  if (!locked) return;
  useDiagram.temporal.getState().pause();
  useDiagram.setState({ scenario: locked });
  useDiagram.temporal.getState().resume();
  clearHistory();
  if (Date.now() - lastRefusal > 3000) {
    lastRefusal = Date.now();
    notify('info', 'This link is locked: nothing changes until you choose “Make a copy”.');
  }
}

/** The open link becomes the learner's work; what they had is kept for "Restore previous work". */
export function makeCopy(how: 'edit' | 'button' = 'button') {
  if (useOwnership.getState().ownership === 'own') return;
  viewed = null;
  useOwnership.getState().set('own');
  if (ownWork) backUpCurrentWork('link', ownWork);
  else useSession.getState().set({ firstVisit: false });
  const previous = ownWork?.name;
  ownWork = null;
  const { scenario } = useDiagram.getState();
  saveNow(scenario);
  notify(
    'success',
    `${how === 'edit' ? 'You changed the shared scenario, so ' : ''}“${scenario.name}” is now your copy, saved in this browser.${
      previous
        ? ` Your previous work “${previous}” is one click away: “Restore previous work”.`
        : ''
    }`,
  );
}

/** Leaves the link and goes back to the learner's own work, untouched. */
export function backToOwnWork() {
  const mine = ownWork;
  if (!mine) return;
  viewed = mine;
  useSelection.getState().clear();
  useDiagram.getState().replace(mine);
  clearHistory();
  viewed = null;
  ownWork = null;
  useOwnership.getState().set('own');
}

/** The name of the learner's own work while a link is viewed (for the banner). */
export const ownWorkName = () => ownWork?.name ?? null;
