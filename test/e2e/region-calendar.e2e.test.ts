import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../functions/email/format.js';
import { formatInstant } from '../../shared/calendar/format-date.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addDays, addWorkingDays, isWorkingDay, quarterLastDay } from '../../shared/calendar/working-days.js';
import { commonMessages } from '../../shared/messages/common.js';
import { daysBetween, localDate } from '../../shared/reminders/local-day.js';
import { apiAs, desktop, phone, screenshot, signInAs, startProductForFile } from './e2e-support.js';

// The demo data opens the agency's current year (WITA); the Bappeda's test data adds a holiday.
const today = localDate(new Date().toISOString(), 'Asia/Makassar');
const year = Number(today.slice(0, 4));
const agencyId = 'dinsos-hss';
const calendarPage = `/agencies/${agencyId}/years/${year}/calendar`;
const national = nationalCalendar(year);
const nationalDaysOff = new Set(national.holidays.map((h) => h.date));
/** The test data's holiday: the first working day after the third quarter ends. */
const testHoliday = addWorkingDays(quarterLastDay(year, 3), 1, nationalDaysOff);
const q3Deadline = addWorkingDays(quarterLastDay(year, 3), 5, new Set([...nationalDaysOff, testHoliday]));
/** How the app writes a local day: "Kamis, 8 Oktober 2026". */
const dayText = (date: string) =>
  formatInstant(`${date}T12:00:00+08:00`, 'weekdayDate', 'Asia/Makassar', 'id');
const row = (quarter: number) => page.locator(`.card tr[data-quarter="${quarter}"]`);

let dataDir: string;
let page: Page;
let base: string;

// A phone: every screen of the calendar works at 390 px.
startProductForFile(phone, (product) => ({ page, base, dataDir } = product));

/** One reminder sweep as of `at`, against the running server's data; the emails written since. */
async function sweep(at: string) {
  const outbox = async () => {
    const answer = await (await apiAs(base, 'pengamat')).dev.outbox.$get();
    if (answer.status !== 200) throw new Error(`outbox: ${answer.status}`);
    return (await answer.json()).messages;
  };
  const before = new Set((await outbox()).map((message) => message.id));
  // Not spawnSync: a blocked event loop would miss the server closing idle connections, and the
  // next request would go out on a closed one.
  await promisify(execFile)('npm', ['run', 'reminders', '--', '--at', at, '--data-dir', dataDir]);
  return (await outbox()).filter((message) => !before.has(message.id));
}

// The machine the suite runs on may be busy: a screen gets some seconds to show its answer.
const polling = { timeout: 20_000 };
const slow = 180_000;

/** What sticks out past the phone's width (a wide table scrolls inside its own box): nothing. */
const widerThanThePhone = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest('.table-scroll'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

describe('the region’s calendar, in the browser', () => {
  it(
    'puts a quarter’s deadline on the fifth working day after it, past the test data’s holiday',
    async () => {
      expect(isWorkingDay(testHoliday, nationalDaysOff)).toBe(true);
      expect(q3Deadline).not.toBe(quarterDeadline(year, 3, national));
      await signInAs(page, base, 'admin-bappeda');
      await page.goto(`${base}${calendarPage}`);
      await expect
        .poll(() => row(3).textContent(), polling)
        .toContain(dayText(quarterDeadline(year, 3, national)));
      // The list's basis (the year's SKB) and that it is the national one: two sentences, not run together.
      expect(await page.locator('p.field-hint', { hasText: 'Daftar nasional bawaan' }).textContent()).toMatch(
        /\S\. Daftar nasional bawaan; daerah belum mengubahnya\.$/,
      );

      await page.getByRole('button', { name: 'Ubah daftar' }).click();
      const adder = page.locator('form.holiday-adder');
      await adder.getByLabel('Tanggal').fill(testHoliday.split('-').reverse().join('/'));
      await adder.getByLabel('Keterangan').fill('Hari libur uji (data uji)');
      await adder.getByRole('button', { name: 'Tambah ke daftar' }).click();
      await page.getByRole('button', { name: 'Simpan hari libur' }).click();
      await page.getByRole('status').filter({ hasText: 'tenggat triwulan ikut berubah' }).waitFor();

      await expect.poll(() => row(3).textContent(), polling).toContain(dayText(q3Deadline));
      expect(await row(3).textContent()).toContain('5 hari kerja setelah triwulan berakhir');
      await expect
        .poll(() => page.locator('.holidays-table').textContent(), polling)
        .toContain('Hari libur uji (data uji)');
      expect(await widerThanThePhone()).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'calendar-phone');
    },
    slow,
  );

  it(
    'reminds the day before the new deadline, escalates the day after, and says “terlambat” by it',
    async () => {
      const reminders = await sweep(`${addDays(q3Deadline, -1)}T08:00:00+08:00`);
      const due = formatDateTime(`${q3Deadline}T23:59:00+08:00`, 'Asia/Makassar', 'id');
      const toDivisionHead = reminders.filter((m) => m.to.includes('pemberdayaan@dinsos-hss.example'));
      expect(toDivisionHead.map((m) => m.text).join('\n')).toContain(due);
      expect(toDivisionHead.map((m) => m.text).join('\n')).toContain('Triwulan III');

      const overdue = await sweep(`${q3Deadline}T16:30:00Z`); // 00:30 WITA the day after
      const toHead = overdue.filter((m) => m.to.includes('kepala@dinsos-hss.example'));
      expect(toHead.map((m) => `${m.subject}\n${m.text}`).join('\n')).toContain('Triwulan III');

      // The dashboard counts its days from the same deadline.
      await page.goto(`${base}/agencies/${agencyId}/years/${year}?quarter=3`);
      const days = daysBetween(today, q3Deadline);
      const standing = days < 0 ? commonMessages.id.daysOverdue(-days) : commonMessages.id.daysLeft(days);
      await expect.poll(() => page.locator('main').textContent(), polling).toContain(standing);
    },
    slow,
  );

  it(
    'gives one agency an extension, on the record, which the planner reads',
    async () => {
      const q4Deadline = quarterDeadline(year, 4, national);
      const later = addWorkingDays(q4Deadline, 3, nationalDaysOff);
      const reason = 'Surat permohonan Dinas Sosial Nomor 005/77 (data uji)';
      await page.goto(`${base}${calendarPage}`);
      await row(4)
        .getByRole('button', { name: /Perpanjang/ })
        .click();
      const form = page.locator('form.extension-form');
      await form.getByLabel('Tenggat baru').fill(later.split('-').reverse().join('/'));
      await form.getByLabel('Alasan').fill(reason);
      await form.getByRole('button', { name: 'Berikan perpanjangan' }).click();
      await expect.poll(() => row(4).textContent(), polling).toContain(dayText(later));
      expect(await row(4).textContent()).toContain(
        `Diperpanjang dari ${dayText(q4Deadline)} oleh Admin Bappeda Kab. HSS`,
      );
      expect(await row(4).textContent()).toContain(reason);
      expect(await widerThanThePhone()).toEqual([]);

      await page.goto(`${base}/agencies/${agencyId}/years/${year}/history?quarter=4`);
      const extended = page.locator('.timeline li').filter({ hasText: 'Tenggat diperpanjang' });
      await extended.waitFor();
      expect(await extended.textContent()).toContain(reason);
      expect(await extended.textContent()).toContain('oleh Admin Bappeda Kab. HSS');

      await signInAs(page, base, 'perencana');
      await page.goto(`${base}${calendarPage}`);
      await expect.poll(() => row(4).textContent(), polling).toContain(reason);
      expect(await page.getByRole('button', { name: /Perpanjang|Ubah daftar|Simpan aturan/ }).count()).toBe(
        0,
      );
      expect(await page.locator('.alert.info').textContent()).toContain('Bappeda');
      expect(await widerThanThePhone()).toEqual([]);
      await page.setViewportSize(desktop);
      await screenshot(page, 'calendar', true);
    },
    slow,
  );
});
