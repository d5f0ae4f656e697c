/** The inputs `qujat batch` reads, by extension (apart from the readers, so that `--help` loads none of them). */
export const batchInputTypes = ['.json', '.jsonl', '.ndjson', '.csv', '.xlsx'] as const;
