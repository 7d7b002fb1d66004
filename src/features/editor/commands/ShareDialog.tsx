import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { encodeScenarioToFragment } from '../../../domain/share/link-codec.ts';
import { appLinkUrl } from '../../../domain/embed/embed-code.ts';
import { useDiagram } from '../../../store/diagram-store.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Button } from '../../../ui/Button.tsx';
import { useEditorUi } from '../../../store/editor-ui-store.ts';
import { inputClass } from '../inspector/field-styles.ts';
import { groupDigits } from '../../../domain/format/numbers.ts';
import { EmbedCode } from './share/EmbedCode.tsx';

// The QR encoder comes with the dialog, not with the Explorer.
const ShareQrCode = lazy(() => import('./share/ShareQrCode.tsx'));

/** Builds the link (the whole scenario, compressed into the URL fragment) and copies it. */
export function ShareDialog() {
  const open = useEditorUi((s) => s.dialog === 'share');
  const scenario = useDiagram((s) => s.scenario);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [locked, setLocked] = useState(false);
  const id = useId();
  const base = `${window.location.origin}${window.location.pathname}`;
  const fragment = useMemo(
    () => (open ? encodeScenarioToFragment(scenario) : ''),
    [open, scenario],
  );
  const url = open ? appLinkUrl(base, fragment, locked) : '';
  const close = () => useEditorUi.getState().openDialog(null);

  useEffect(() => {
    if (!open) return setCopied(null);
    navigator.clipboard?.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  }, [open, url]);

  return (
    <Dialog open={open} onClose={close} title="Share this scenario" wide>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <label htmlFor={id} className="text-sm">
            Anyone with this link sees this diagram, its traffic and its settings. Nothing is
            uploaded: everything is in the link.
          </label>
          <textarea
            id={id}
            readOnly
            value={url}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
            className={`mt-2 font-mono text-xs ${inputClass}`}
            aria-label="Share link"
          />
          <div className="mt-2 flex items-center gap-3">
            <Button
              variant="primary"
              onClick={() =>
                navigator.clipboard?.writeText(url).then(
                  () => setCopied('yes'),
                  () => setCopied('no'),
                )
              }
            >
              Copy link
            </Button>
            <span role="status" className="text-sm">
              {copied === 'yes'
                ? 'Copied to the clipboard.'
                : copied === 'no'
                  ? 'Select the link and copy it (the clipboard is not available here).'
                  : ''}
            </span>
            <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
              {groupDigits(url.length)} characters
            </span>
          </div>
          <label className="mt-3 flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />
            Locked: nobody can edit it until they make their own copy (for a class)
          </label>
          <div className="mt-3">
            <Suspense fallback={<p className="text-xs">Drawing the QR code…</p>}>
              <ShareQrCode url={url} />
            </Suspense>
          </div>
        </div>
        <EmbedCode fragment={fragment} name={scenario.name} />
      </div>
    </Dialog>
  );
}
