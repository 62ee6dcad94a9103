// Filled in as the module lands; every public export is re-exported from here.
export {};
