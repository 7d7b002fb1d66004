/**
 * jsdom has no HTMLDialogElement.showModal/close; component tests that open the app's Dialog
 * install this minimal stand-in (open attribute and the close event).
 */
export function stubDialog() {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
