/** The first and last days a zip entry's DOS time stamp can hold (1980-01-01 to 2107, and fflate stops at 2099). */
const earliest = '1980-01-01';
const latest = '2099-12-31';

/**
 * The time stamp of a zip entry for a document dated `date` (YYYY-MM-DD): that day at midnight, clamped to the
 * years a zip can hold, so that every date a schema accepts (0001-01-01, 2100-01-01) still gives a DOCX. The
 * document's own date (docProps/core.xml) keeps the real date.
 */
export function clampZipTime(date: string): Date {
  const day = date < earliest ? earliest : date > latest ? latest : date;
  const time = new Date(`${day}T00:00:00`);
  return Number.isNaN(time.getTime()) ? new Date(`${earliest}T00:00:00`) : time;
}
