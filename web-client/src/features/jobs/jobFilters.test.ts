import { describe, expect, it } from 'vitest';
import { defaultFilters, fromRouteQuery, hasActiveFilters, toApiQuery, toRouteQuery, toggleSort, type JobFilters } from './jobFilters';

const filters = (overrides: Partial<JobFilters> = {}): JobFilters => ({ ...defaultFilters(), ...overrides });

describe('job filters → Api query', () => {
  it('sends only paging and the default sort when nothing is filtered', () => {
    expect(toApiQuery(filters())).toEqual({ page: 1, pageSize: 25, sort: '-startedAt' });
  });

  it('sends every filter that is set, with the search trimmed', () => {
    const query = toApiQuery(
      filters({
        printerId: 'p-1',
        status: 'failed',
        category: 'business',
        from: '2026-10-01',
        to: '2026-10-31',
        search: '  Halterung ',
        sortField: 'actualSeconds',
        descending: false,
        page: 3,
        pageSize: 50,
      }),
    );

    expect(query).toEqual({
      printerId: 'p-1',
      status: 'failed',
      category: 'business',
      from: '2026-10-01',
      to: '2026-10-31',
      search: 'Halterung',
      sort: 'actualSeconds',
      page: 3,
      pageSize: 50,
    });
  });

  it('leaves out half-typed dates and blank searches', () => {
    expect(toApiQuery(filters({ from: '2026-1', to: '', search: '   ' }))).toEqual({ page: 1, pageSize: 25, sort: '-startedAt' });
  });
});

describe('job filters ↔ page URL', () => {
  it('keeps a plain /jobs plain', () => {
    expect(toRouteQuery(filters())).toEqual({});
  });

  it('round-trips every filter through the URL', () => {
    const original = filters({
      printerId: 'p-1',
      status: 'paused',
      category: 'private',
      from: '2026-11-01',
      to: '2026-11-21',
      search: 'Vase',
      sortField: 'name',
      descending: false,
      page: 2,
      pageSize: 100,
    });

    const query = toRouteQuery(original);

    expect(query).toEqual({ printer: 'p-1', status: 'paused', category: 'private', from: '2026-11-01', to: '2026-11-21', q: 'Vase', sort: 'name', page: '2', size: '100' });
    expect(fromRouteQuery(query)).toEqual(original);
  });

  it('ignores unknown or malformed values from a hand-edited URL', () => {
    expect(fromRouteQuery({ status: 'exploded', category: ['business', 'private'], sort: '-colour', page: '-3', size: 'many', from: 'yesterday' })).toEqual(
      filters({ category: 'business' }),
    );
    expect(fromRouteQuery({ size: '9999' }).pageSize).toBe(500);
  });
});

describe('sorting and filter state', () => {
  it('sorts a new time column newest first, a text column A–Z, and flips the same column', () => {
    const byName = toggleSort(filters({ page: 4 }), 'name');
    expect(byName).toMatchObject({ sortField: 'name', descending: false, page: 1 });
    expect(toggleSort(byName, 'name')).toMatchObject({ sortField: 'name', descending: true });
    expect(toggleSort(byName, 'endedAt')).toMatchObject({ sortField: 'endedAt', descending: true });
  });

  it('knows whether anything narrows the list', () => {
    expect(hasActiveFilters(filters({ page: 3, sortField: 'name' }))).toBe(false);
    expect(hasActiveFilters(filters({ category: 'unassigned' }))).toBe(true);
  });
});
