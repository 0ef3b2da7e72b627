/**
 * Runs once when a `next start` server starts: opens the feedback store (PGlite or DATABASE_URL), which applies
 * the migrations and the retention, so that the first agent's click does not wait for it and a replica that
 * cannot reach its database says so at start. Not during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getFeedbackStore } = await import('@/lib/feedback/server');
  const started = Date.now();
  try {
    const store = await getFeedbackStore();
    console.log(`Base des retours prête (${store.db.kind}, ${Date.now() - started} ms).`);
  } catch (error) {
    // The server still serves the portal; each write answers 503 and the browsers keep their clicks queued.
    console.error('Base des retours indisponible au démarrage : nouvel essai à la première écriture.', error);
  }
}
