/**
 * A ref that focuses its element once, when it appears: a confirmation that replaces the
 * button that opened it takes the keyboard focus with it. (Stable, so re-renders leave
 * the focus where the person moved it.)
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
