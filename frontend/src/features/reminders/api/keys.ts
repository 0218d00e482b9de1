/** The cache keys of a cycle's reminder outbox; without the optional part a key is the prefix of its variants. */
export const remindersQueryKey = (cycleId: number) => ['cycles', cycleId, 'reminders'] as const;
