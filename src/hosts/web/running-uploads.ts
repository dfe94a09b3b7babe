import type { ApiHandlers } from '../../shared/api/contract';

/**
 * Uploads in progress on this web host, by the import id the browser chose. The core cancels the
 * imports it runs itself (by path); uploads run here, so `evidence:cancel-import` asks both.
 */
export class RunningUploads {
  private readonly running = new Map<string, AbortController>();

  /** Registers an upload; the returned function unregisters it when it ends. */
  add(importId: string | undefined, controller: AbortController): () => void {
    if (importId === undefined) return () => {};
    this.running.set(importId, controller);
    return () => {
      if (this.running.get(importId) === controller) this.running.delete(importId);
    };
  }

  cancel(importId: string): boolean {
    const controller = this.running.get(importId);
    controller?.abort();
    return controller !== undefined;
  }

  /** The handlers with `evidence:cancel-import` also reaching the uploads of this host. */
  cancellingUploads(handlers: ApiHandlers): ApiHandlers {
    return {
      ...handlers,
      'evidence:cancel-import': async (input) => {
        const upload = this.cancel(input.importId);
        const core = await handlers['evidence:cancel-import'](input);
        return { cancelled: upload || core.cancelled };
      },
    };
  }
}
