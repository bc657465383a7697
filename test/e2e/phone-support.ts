import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The elements that reach past the window's right edge when the page scrolls sideways (none when it
 * fits); where only text runs out of its box (a long unbroken word), the page's width says so.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= width) return [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`;
    const beyond = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter(
        (element) =>
          !element.parentElement || element.parentElement.getBoundingClientRect().right <= width + 1,
      )
      .map(describe)
      .slice(0, 8);
    return beyond.length
      ? beyond
      : [`text running out of its box: the page ${pageWidth} px wide in ${width}`];
  });
}

type TViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousAxeViolations(page: Page): Promise<TViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above.
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string | null }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      }));
  });
}

/** Opens an app address and waits until its data has arrived (no loading line, the network quiet). */
export async function openScreen(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * The controls in `main`, in the header and the skip link under a thumb's size (44 px) at the
 * page's width (a folded menu's are not there to tap): buttons, fields,
 * summaries, a checkbox's or radio's label (the box is taken by it), and a link that stands
 * alone as an action (a table's "Lihat", a card's "Pengesahan triwulan"); a link within a line of
 * text is exempt, as WCAG 2.5.8 exempts it.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const checkable = (control: Element) =>
      control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type);
    // Words beside it in its own line: a sibling text with a letter or a digit.
    const inText = (link: Element) =>
      [...(link.parentElement?.childNodes ?? [])].some(
        (node) => node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent ?? ''),
      );
    const controls = ':is(button, .button, select, input, summary, label, a)';
    return [...document.querySelectorAll(`:is(main, .app-header) ${controls}, .skip-link`)]
      .filter((control) => !checkable(control))
      .filter(
        (control) =>
          control.tagName !== 'LABEL' || control.querySelector('input[type=checkbox], input[type=radio]'),
      )
      .filter(
        (control) => control.tagName !== 'A' || control.classList.contains('button') || !inText(control),
      )
      .map((control) => [control, control.getBoundingClientRect()] as const)
      .filter(([, box]) => box.height > 0 && (box.height < 43.5 || box.width < 43.5))
      .map(
        ([control, box]) =>
          `${control.tagName.toLowerCase()} "${control.textContent?.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)} px`,
      );
  });
}
