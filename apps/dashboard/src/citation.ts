/** "Cite this" text for a view: dataset name, version, the view's URL and the access date. */
export function citation(opts: {
  name: string;
  title?: string | undefined;
  version: string;
  view: string;
  url: string;
  accessed: string;
}): string {
  const what = opts.title ? `${opts.title} (${opts.name})` : opts.name;
  return `${what}, version ${opts.version}. ${opts.view}. Tally dataset release. ${opts.url} (accessed ${opts.accessed}).`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
