// Built from server/functions/get-workflow.ts by tools/build-functions.mjs. Do not edit: run npm run build.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// server/functions/get-workflow.ts
var get_workflow_exports = {};
__export(get_workflow_exports, {
  getWorkflow: () => getWorkflow,
  getWorkflowInput: () => getWorkflowInput,
  main: () => main
});
module.exports = __toCommonJS(get_workflow_exports);

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}

// server/hubspot/errors.ts
var HubSpotApiError = class extends Error {
  status;
  category;
  subCategory;
  correlationId;
  requiredScopes;
  hubspotMessage;
  reason;
  errors;
  retryAfterMs;
  policyName;
  method;
  path;
  constructor(message, init = {}) {
    super(message, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.name = new.target.name;
    const { cause: _cause, ...fields } = init;
    Object.assign(this, fields);
  }
};
var ValidationError = class extends HubSpotApiError {
};
var ConflictError = class extends ValidationError {
};
var AuthenticationError = class extends HubSpotApiError {
};
var MissingScopesError = class extends HubSpotApiError {
};
var PermissionDeniedError = class extends HubSpotApiError {
};
var NotFoundError = class extends HubSpotApiError {
};
var RateLimitError = class extends HubSpotApiError {
};
var ServerError = class extends HubSpotApiError {
};
var ConnectionError = class extends HubSpotApiError {
};
var TimeoutError = class extends ConnectionError {
};
var DeadlineExceededError = class extends HubSpotApiError {
};
var OutcomeUnknownError = class extends HubSpotApiError {
};
var UnexpectedResponseError = class extends HubSpotApiError {
};
function errorFromResponse(status, body, extra = {}) {
  const requiredScopes = collectRequiredScopes(body);
  const reason = body?.subCategory ?? body?.errors?.find((e) => e.code || e.subCategory)?.code ?? body?.errors?.find((e) => e.subCategory)?.subCategory;
  const init = {
    status,
    category: body?.category,
    subCategory: body?.subCategory,
    correlationId: body?.correlationId ?? extra.correlationIdHeader,
    requiredScopes: requiredScopes.length ? requiredScopes : void 0,
    hubspotMessage: body?.message,
    reason,
    retryAfterMs: extra.retryAfterMs,
    errors: body?.errors,
    policyName: body?.policyName,
    method: extra.method,
    path: extra.path
  };
  const summary = `HubSpot answered ${status}${body?.category ? ` ${body.category}` : ""} for ${extra.method ?? ""} ${extra.path ?? ""}`.trim();
  if (status === 401) return new AuthenticationError(summary, init);
  if (status === 403) return body?.category === "MISSING_SCOPES" ? new MissingScopesError(summary, init) : new PermissionDeniedError(summary, init);
  if (status === 404) return new NotFoundError(summary, init);
  if (status === 409) return new ConflictError(summary, init);
  if (status === 429) return new RateLimitError(summary, init);
  if (status >= 500) return new ServerError(summary, init);
  if (status >= 400) return new ValidationError(summary, init);
  return new HubSpotApiError(summary, init);
}
function collectRequiredScopes(body) {
  const scopes = /* @__PURE__ */ new Set();
  const fromContext = (ctx) => {
    for (const key of ["requiredGranularScopes", "requiredScopes", "missingScopes"]) {
      for (const s of ctx?.[key] ?? []) scopes.add(s);
    }
  };
  fromContext(body?.context);
  for (const e of body?.errors ?? []) fromContext(e.context);
  return [...scopes];
}

// server/runtime/errors-to-result.ts
var FunctionFailure = class extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    this.extra = extra;
    this.name = "FunctionFailure";
  }
  code;
  extra;
};
function appError(code, message) {
  return { code, message, retryable: false };
}
function toFunctionError(err) {
  if (err instanceof FunctionFailure) return strip({ code: err.code, message: err.message, ...err.extra, retryable: err.extra.retryable ?? false });
  if (!(err instanceof HubSpotApiError)) {
    return appError("UNEXPECTED_RESPONSE", "Something unexpected went wrong in the app. If it keeps happening, contact your HubSpot admin.");
  }
  const base = { correlationId: err.correlationId, hubspotReason: err.reason };
  const make = (code, message, retryable, more = {}) => strip({ code, message, ...base, ...more, retryable });
  if (err instanceof OutcomeUnknownError) {
    return make("OUTCOME_UNKNOWN", "HubSpot did not confirm whether this went through. Refresh the card to check before trying again.", false);
  }
  if (err instanceof DeadlineExceededError) {
    return err.status === 429 ? make("RATE_LIMITED", "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", true) : make("HUBSPOT_UNAVAILABLE", "HubSpot did not answer in time. Try again in a moment.", true);
  }
  if (err instanceof UnexpectedResponseError) {
    return make("UNEXPECTED_RESPONSE", "HubSpot sent an answer this app could not read. If it keeps happening, send the correlation id to support.", false);
  }
  if (err instanceof ConnectionError || err instanceof ServerError) {
    return make("HUBSPOT_UNAVAILABLE", "HubSpot is not reachable right now. Try again in a moment.", true);
  }
  if (err instanceof RateLimitError) {
    const daily = err.policyName === "DAILY";
    return make("RATE_LIMITED", daily ? "This HubSpot account has used up today's API limit. Try again tomorrow or ask your admin." : "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", !daily);
  }
  if (err instanceof AuthenticationError) {
    return make("UNAUTHORIZED", "The app's HubSpot access token was rejected. An admin needs to reinstall the app (npx hs project install-app).", false);
  }
  if (err instanceof MissingScopesError) {
    const scopes = err.requiredScopes ?? [];
    return make(
      "MISSING_SCOPES",
      scopes.length ? `The app is missing HubSpot permissions: ${scopes.join(", ")}. An admin needs to add them and reinstall the app.` : "The app is missing HubSpot permissions for this. An admin needs to check its scopes and reinstall the app.",
      false,
      { requiredScopes: scopes.length ? scopes : void 0 }
    );
  }
  if (err instanceof PermissionDeniedError) {
    return make("PERMISSION_DENIED", "HubSpot does not allow this for this account or user (subscription, seat or permission). Ask your HubSpot admin.", false);
  }
  if (err instanceof NotFoundError) {
    return make("NOT_FOUND", "HubSpot could not find that record. It may have been deleted; refresh the page.", false);
  }
  if (err instanceof ValidationError) {
    return make("UNEXPECTED_RESPONSE", `HubSpot refused the request (${err.status}${err.category ? ` ${err.category}` : ""}). If it keeps happening, send the correlation id to support.`, false);
  }
  return make("UNEXPECTED_RESPONSE", `HubSpot refused the request${err.status ? ` (${err.status})` : ""}. If it keeps happening, send the correlation id to support.`, false);
}
var HUBSPOT_MESSAGE_MAX = 300;
function hubspotSaid(err, token = process.env.PRIVATE_APP_ACCESS_TOKEN) {
  let text = (err.hubspotMessage ?? "").replace(new RegExp("\\p{Cc}+", "gu"), " ").replace(/\s+/g, " ").trim();
  if (!text) return void 0;
  if (token && token.length >= 8) text = text.split(token).join("[redacted]");
  text = text.replace(/\bBearer\s+\S+/gi, "Bearer [redacted]").replace(/\bpat-[a-z0-9]+-[A-Za-z0-9-]+/gi, "[redacted]");
  return text.length > HUBSPOT_MESSAGE_MAX ? `${text.slice(0, HUBSPOT_MESSAGE_MAX - 1).trimEnd()}…` : text;
}
function refusalFor(err, rules) {
  if (!(err instanceof HubSpotApiError)) return void 0;
  const reason = (err.reason ?? "").toUpperCase();
  const rule = rules.find((r) => r.match(err, reason));
  if (!rule) return void 0;
  return new FunctionFailure(rule.code, rule.message(reason, hubspotSaid(err), err), {
    ...err.reason ? { hubspotReason: err.reason } : {},
    ...err.correlationId ? { correlationId: err.correlationId } : {},
    ...rule.details ? { details: rule.details } : {}
  });
}
function strip(e) {
  for (const k of Object.keys(e)) if (e[k] === void 0) delete e[k];
  return e;
}

// server/hubspot/api-versions.ts
var SEQUENCES_API = "/automation/sequences/2026-09";
var WORKFLOWS_API = "/automation/v4";
var WORKFLOWS_BETA_API = "/automation/2026-09-beta";
var WORKFLOWS_LEGACY_V2_API = "/automation/v2/workflows";
var WORKFLOWS_LEGACY_V3_API = "/automation/v3/workflows";
var CONTACTS_API = "/crm/v3/objects/contacts";
var EMAIL_TEMPLATES_API = "/automation/email-templates/2026-09-beta";

// server/hubspot/endpoints.ts
var ENDPOINTS = {
  listSequences: { method: "GET", path: `${SEQUENCES_API}`, scope: "automation.sequences.read" },
  getSequence: { method: "GET", path: `${SEQUENCES_API}/{sequenceId}`, scope: "automation.sequences.read" },
  enrollInSequence: { method: "POST", path: `${SEQUENCES_API}/enrollments`, scope: "automation.sequences.enrollments.write" },
  getContactSequenceEnrollment: { method: "GET", path: `${SEQUENCES_API}/enrollments/contact/{contactId}`, scope: "automation.sequences.read" },
  /** Beta; optional scope: without it (403), or for a template gone (404), steps show the template id. */
  getEmailTemplate: { method: "GET", path: `${EMAIL_TEMPLATES_API}/{templateId}`, scope: "sales-templates-public-read", optionalScope: true },
  listFlows: { method: "GET", path: `${WORKFLOWS_API}/flows`, scope: "automation" },
  getFlow: { method: "GET", path: `${WORKFLOWS_API}/flows/{flowId}`, scope: "automation" },
  batchReadFlows: { method: "POST", path: `${WORKFLOWS_API}/flows/batch/read`, scope: "automation" },
  mapWorkflowIds: { method: "POST", path: `${WORKFLOWS_API}/workflow-id-mappings/batch/read`, scope: "automation" },
  listActionTypes: { method: "GET", path: `${WORKFLOWS_BETA_API}/action-types`, scope: "automation" },
  listContactWorkflows: { method: "GET", path: `${WORKFLOWS_LEGACY_V2_API}/enrollments/contacts/{contactId}`, scope: "automation" },
  enrollInWorkflow: { method: "POST", path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: "automation" },
  unenrollFromWorkflow: { method: "DELETE", path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: "automation" },
  /** Every contact-based workflow (legacy id, name, on/off) in one answer, no paging. */
  listLegacyWorkflows: { method: "GET", path: `${WORKFLOWS_LEGACY_V3_API}`, scope: "automation" },
  /** One contact-based workflow by legacy id (name, on/off): for a workflow HubSpot has no v4 mapping for. */
  getLegacyWorkflow: { method: "GET", path: `${WORKFLOWS_LEGACY_V3_API}/{workflowId}`, scope: "automation" },
  /** Called through @hubspot/api-client (crm.contacts.basicApi.getById), listed here for the scope check. */
  getContact: { method: "GET", path: `${CONTACTS_API}/{contactId}`, scope: "crm.objects.contacts.read" }
};
function endpointPath(name, params = {}) {
  return ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_, key) => {
    const value = params[key];
    if (value === void 0) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}

// server/hubspot/schemas.ts
var isoDate = string2();
var idLike = union([string2(), number2()]);
var id = pipe(idLike, transform((v) => String(v)));
var paging = looseObject({
  next: optional(looseObject({ after: string2(), link: optional(string2()) }))
});
var sequenceSummary = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate
});
var sequencePage = looseObject({
  total: number2(),
  results: array(sequenceSummary),
  paging: optional(paging)
});
var taskPattern = looseObject({
  id,
  taskType: string2(),
  taskPriority: string2(),
  subject: optional(string2()),
  notes: optional(string2()),
  queueId: optional(number2()),
  /** an EMAIL task's template (int64 in the spec; null tolerated, read as absent) */
  templateId: optional(nullable(id)),
  threadEmailToStepOrder: optional(nullable(number2())),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var emailPattern = looseObject({
  id,
  templateId: id,
  threadEmailToStepOrder: optional(number2()),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var sequenceStep = looseObject({
  id,
  stepOrder: number2(),
  delayMillis: number2(),
  actionType: string2(),
  taskPattern: optional(taskPattern),
  emailPattern: optional(emailPattern),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var sequenceSettings = looseObject({
  eligibleFollowUpDays: optional(string2()),
  sendWindowStartMinute: optional(number2()),
  sendWindowEndMinute: optional(number2()),
  taskReminderMinute: optional(number2()),
  individualTaskRemindersEnabled: optional(boolean2()),
  sellingStrategy: optional(string2())
});
var stepDependency = looseObject({
  id,
  dependencyType: string2(),
  reliesOnSequenceStepId: id,
  reliesOnStepOrder: number2(),
  requiredBySequenceStepId: id,
  requiredByStepOrder: number2()
});
var sequence = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
  steps: array(sequenceStep),
  settings: optional(sequenceSettings),
  dependencies: array(stepDependency)
});
var sequenceEnrollmentCreated = looseObject({
  id,
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
});
var contactSequenceEnrollment = looseObject({
  id,
  sequenceId: id,
  sequenceName: string2(),
  enrolledBy: id,
  enrolledByEmail: string2(),
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
});
var flowSummary = looseObject({
  id,
  name: optional(string2()),
  flowType: string2(),
  objectTypeId: string2(),
  isEnabled: boolean2(),
  revisionId: idLike,
  createdAt: isoDate,
  updatedAt: isoDate
});
var flowPage = looseObject({
  results: array(flowSummary),
  paging: optional(paging)
});
var flow = looseObject({
  id,
  name: optional(string2()),
  type: optional(string2()),
  flowType: optional(string2()),
  objectTypeId: string2(),
  isEnabled: boolean2(),
  revisionId: optional(idLike),
  startActionId: optional(string2()),
  nextAvailableActionId: optional(string2()),
  actions: optional(array(record(string2(), unknown()))),
  enrollmentCriteria: optional(record(string2(), unknown())),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var flowBatch = looseObject({
  status: string2(),
  results: array(flow),
  errors: optional(array(unknown()))
});
var idMapping = looseObject({ flowId: id, workflowId: id });
var idMappingBatch = looseObject({
  status: string2(),
  results: array(idMapping),
  errors: optional(array(unknown()))
});
var legacyWorkflowMembership = looseObject({
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
});
var legacyWorkflowMemberships = array(legacyWorkflowMembership);
var legacyWorkflowSummary = object({
  // z.object, not looseObject: the picker reads these four fields of up to 10,000 entries; the rest is dropped.
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
});
var legacyWorkflowSummaries = array(legacyWorkflowSummary);
var legacyWorkflow = legacyWorkflowSummary;
var legacyWorkflowList = looseObject({ workflows: array(unknown()) });
var actionTypeDefinition = looseObject({
  actionTypeId: string2(),
  actionName: optional(string2()),
  groupId: optional(string2()),
  objectTypeIds: optional(array(string2()))
});
var actionTypePage = looseObject({ results: array(actionTypeDefinition) });
var emailTemplate = looseObject({ id, name: optional(string2()) });
var contact = looseObject({
  id,
  properties: record(string2(), nullable(optional(string2())))
});
var errorBody = looseObject({
  status: optional(string2()),
  message: optional(string2()),
  correlationId: optional(string2()),
  category: optional(string2()),
  subCategory: optional(string2()),
  policyName: optional(string2()),
  errors: optional(
    array(
      looseObject({
        message: optional(string2()),
        code: optional(string2()),
        subCategory: optional(string2()),
        context: optional(record(string2(), array(string2())))
      })
    )
  ),
  context: optional(record(string2(), array(string2())))
});

// server/hubspot/resilience.ts
var BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 2e3;
var MIN_ATTEMPT_MS = 150;
async function callWithResilience(attempt, opts, policy) {
  let lastError;
  for (let n = 1; n <= policy.maxAttempts; n++) {
    await policy.limiter.acquire(policy, lastError);
    const remaining = policy.deadlineAt - policy.now() - (opts.reserveMs ?? 0);
    if (remaining < MIN_ATTEMPT_MS) throw deadlineError(opts, lastError);
    const timeoutMs = Math.min(policy.attemptTimeoutMs, remaining);
    let response;
    try {
      response = await withTimeout(attempt, timeoutMs);
    } catch (cause) {
      lastError = new (cause instanceof TimeoutError ? TimeoutError : ConnectionError)(`No answer from HubSpot for ${opts.method} ${opts.path}`, { method: opts.method, path: opts.path, cause });
      const outcome = await afterAmbiguousFailure(opts, lastError, n, policy, { mayStillLand: true });
      if (outcome.done) return outcome.value;
      continue;
    }
    if (response.status !== 429) policy.limiter.observe(response.headers, policy.now());
    if (response.status >= 200 && response.status < 300) {
      try {
        return parseSuccess(response, opts);
      } catch (unreadable) {
        if (opts.idempotent || !opts.reconcile || !(unreadable instanceof HubSpotApiError)) throw unreadable;
        return await confirmWrite(opts, unreadable, { orElse: "unknown" });
      }
    }
    if (opts.treatAsNull?.includes(response.status)) return null;
    const parsedError = safeParse(errorBody, response.body);
    const error = errorFromResponse(response.status, parsedError.success ? parsedError.data : void 0, {
      method: opts.method,
      path: opts.path,
      retryAfterMs: retryAfterMs(response.headers),
      correlationIdHeader: response.headers["x-hubspot-correlation-id"]
    });
    lastError = error;
    if (error instanceof RateLimitError) {
      if (error.policyName === "DAILY") throw error;
      const wait = error.retryAfterMs ?? intervalMs(response.headers) ?? backoff(n, policy);
      if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
      await policy.sleep(wait);
      continue;
    }
    if (error instanceof ServerError) {
      const outcome = await afterAmbiguousFailure(opts, error, n, policy, { mayStillLand: response.status === 504 });
      if (outcome.done) return outcome.value;
      continue;
    }
    throw error;
  }
  throw lastError ?? new ConnectionError(`No answer from HubSpot for ${opts.method} ${opts.path}`);
}
async function afterAmbiguousFailure(opts, error, attemptNumber, policy, { mayStillLand }) {
  if (!opts.idempotent) {
    if (!opts.reconcile) throw error;
    const landed = await confirmWrite(opts, error, { orElse: mayStillLand ? "unknown" : "not-landed" });
    if (landed !== void 0) return { done: true, value: landed };
  }
  if (attemptNumber >= policy.maxAttempts) throw error;
  const wait = backoff(attemptNumber, policy);
  if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
  await policy.sleep(wait);
  return { done: false };
}
async function confirmWrite(opts, error, { orElse }) {
  const unknown2 = (cause) => new OutcomeUnknownError(`HubSpot did not confirm whether ${opts.method} ${opts.path} went through`, {
    status: error.status,
    correlationId: error.correlationId ?? (cause instanceof HubSpotApiError ? cause.correlationId : void 0),
    method: opts.method,
    path: opts.path,
    cause
  });
  let landed;
  try {
    landed = await opts.reconcile();
  } catch (cause) {
    throw unknown2(cause);
  }
  if (landed !== void 0 || orElse === "not-landed") return landed;
  throw unknown2(error);
}
function parseSuccess(response, opts) {
  if (!opts.schema) return void 0;
  const correlationId = response.headers["x-hubspot-correlation-id"];
  if (response.parseFailed) {
    throw new UnexpectedResponseError(`HubSpot sent a body that is not JSON for ${opts.method} ${opts.path}`, { status: response.status, correlationId, method: opts.method, path: opts.path });
  }
  const parsed = safeParse(opts.schema, response.body);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`HubSpot's answer for ${opts.method} ${opts.path} does not match its published schema (${where})`, {
      status: response.status,
      correlationId,
      method: opts.method,
      path: opts.path
    });
  }
  return parsed.data;
}
function deadlineError(opts, last) {
  return new DeadlineExceededError(`Time budget ran out for ${opts.method} ${opts.path}${last ? ` (last: ${last.message})` : ""}`, {
    status: last?.status,
    correlationId: last?.correlationId,
    method: opts.method,
    path: opts.path
  });
}
function backoff(attemptNumber, policy) {
  return Math.round(policy.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attemptNumber - 1)));
}
function retryAfterMs(headers) {
  const value = headers["retry-after"];
  if (!value) return void 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  const date2 = Date.parse(value);
  return Number.isFinite(date2) ? Math.max(0, date2 - Date.now()) : void 0;
}
function intervalMs(headers) {
  const v = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
  return Number.isFinite(v) && v > 0 ? Math.min(v, BACKOFF_CAP_MS) : void 0;
}
async function withTimeout(attempt, timeoutMs) {
  const controller = new AbortController();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([attempt(controller.signal, timeoutMs), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
var RateLimiter = class {
  constructor(perWindow, windowMs = 1e4) {
    this.perWindow = perWindow;
    this.windowMs = windowMs;
  }
  perWindow;
  windowMs;
  starts = [];
  blockedUntil = 0;
  async acquire(policy, lastError) {
    for (; ; ) {
      const now = policy.now();
      while (this.starts.length && this.starts[0] <= now - this.windowMs) this.starts.shift();
      const waitWindow = this.starts.length >= this.perWindow ? this.starts[0] + this.windowMs - now : 0;
      const wait = Math.max(waitWindow, this.blockedUntil - now);
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      if (now + wait + MIN_ATTEMPT_MS > policy.deadlineAt) {
        throw new DeadlineExceededError("Time budget ran out waiting for the rate limit", { status: 429, correlationId: lastError?.correlationId });
      }
      await policy.sleep(wait);
    }
  }
  observe(headers, now) {
    const remaining = Number(headers["x-hubspot-ratelimit-remaining"]);
    const interval = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
    if (headers["x-hubspot-ratelimit-remaining"] !== void 0 && remaining <= 0 && interval > 0) {
      this.blockedUntil = Math.max(this.blockedUntil, now + Math.min(interval, BACKOFF_CAP_MS));
    }
  }
};

// server/hubspot/client-state.ts
function createClientState() {
  const limiters = /* @__PURE__ */ new Map();
  const inFlight = /* @__PURE__ */ new Map();
  return {
    limiterFor(key, perWindow) {
      let limiter = limiters.get(key);
      if (!limiter || limiter.perWindow !== perWindow) {
        limiter = new RateLimiter(perWindow);
        limiters.set(key, limiter);
      }
      return limiter;
    },
    once(key, run) {
      const running = inFlight.get(key);
      if (running) return running;
      const p = run().finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    }
  };
}
var PROCESS_STATE = createClientState();

// server/hubspot/client.ts
var DEFAULT_ATTEMPT_TIMEOUT_MS = 4e3;
var DEFAULT_MAX_ATTEMPTS = 4;
var DEFAULT_REQUESTS_PER_10S = 90;
var RECONCILE_RESERVE_MS = 3500;
var BATCH_CHUNK = 100;
function createHubSpotClient(config2) {
  const baseUrl = config2.baseUrl.replace(/\/+$/, "");
  const doFetch = config2.fetch ?? fetch;
  const now = config2.now ?? Date.now;
  const state = config2.state ?? PROCESS_STATE;
  const scope = `${baseUrl} ${tokenFingerprint(config2.accessToken)}`;
  const policy = {
    now,
    sleep: config2.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: config2.random ?? Math.random,
    deadlineAt: config2.deadlineAt ?? now() + 11e3,
    attemptTimeoutMs: config2.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    maxAttempts: config2.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    limiter: config2.limiter ?? state.limiterFor(scope, config2.requestsPer10s ?? DEFAULT_REQUESTS_PER_10S)
  };
  function fetchAttempt(method, url, body) {
    return async (signal) => {
      const res = await doFetch(url, {
        method,
        signal,
        headers: {
          authorization: `Bearer ${config2.accessToken}`,
          accept: "application/json",
          ...body === void 0 ? {} : { "content-type": "application/json" }
        },
        body: body === void 0 ? void 0 : JSON.stringify(body)
      });
      return readResponse(res.status, Object.fromEntries(res.headers), await res.text());
    };
  }
  function run(endpoint, attempt, opts) {
    const { method, path: template } = ENDPOINTS[endpoint];
    return callWithResilience(attempt, { method, path: template, idempotent: opts.idempotent ?? method === "GET", ...opts }, policy);
  }
  function call(endpoint, req, opts) {
    const url = `${baseUrl}${endpointPath(endpoint, req.pathParams)}${queryString(req.query)}`;
    return run(endpoint, fetchAttempt(ENDPOINTS[endpoint].method, url, req.body), opts);
  }
  async function must(p) {
    const v = await p;
    if (v === null) throw new ConnectionError("HubSpot returned no body");
    return v;
  }
  const getContactEnrollment = async ({ contactId }) => {
    const none = pipe(strictObject({}), transform(() => null));
    const v = await call("getContactSequenceEnrollment", { pathParams: { contactId } }, { schema: nullable(optional(union([none, contactSequenceEnrollment]))), treatAsNull: [404] });
    return v ?? null;
  };
  const listForContact = async ({ contactId }) => await call("listContactWorkflows", { pathParams: { contactId } }, { schema: legacyWorkflowMemberships, treatAsNull: [404] }) ?? [];
  let contactsApi;
  const client = {
    once: (key, run2) => state.once(`${scope} ${key}`, run2),
    sequences: {
      list: ({ userId, name, limit, after }) => must(call("listSequences", { query: { userId, name: name || void 0, limit, after: cursorValue(after) } }, { schema: sequencePage })),
      get: ({ userId, sequenceId }) => must(call("getSequence", { pathParams: { sequenceId }, query: { userId } }, { schema: sequence })),
      getContactEnrollment,
      enroll: ({ userId, contactId, sequenceId, senderEmail, senderAliasAddress }) => must(
        call(
          "enrollInSequence",
          { query: { userId }, body: { contactId, sequenceId, senderEmail, ...senderAliasAddress ? { senderAliasAddress } : {} } },
          {
            idempotent: false,
            schema: sequenceEnrollmentCreated,
            reserveMs: RECONCILE_RESERVE_MS,
            // Did the POST land before the answer was lost? HubSpot allows one active sequence per contact.
            reconcile: async () => {
              const current = await getContactEnrollment({ contactId });
              if (!current || current.sequenceId !== sequenceId) return void 0;
              return { id: current.id, toEmail: current.toEmail, enrolledAt: current.enrolledAt, updatedAt: current.updatedAt, recoveredAfterAmbiguousFailure: true };
            }
          }
        )
      )
    },
    workflows: {
      list: ({ after, limit }) => must(call("listFlows", { query: { after: cursorValue(after), limit } }, { schema: flowPage })),
      listAll: async ({ maxPages, limit }) => {
        const results = [];
        let after;
        for (let page = 0; page < maxPages; page++) {
          const res = await client.workflows.list({ after, limit });
          results.push(...res.results);
          after = res.paging?.next?.after;
          if (!after) return { results, truncated: false };
        }
        return { results, truncated: true };
      },
      get: ({ flowId }) => must(call("getFlow", { pathParams: { flowId } }, { schema: flow })),
      batchRead: async ({ flowIds }) => {
        const chunks = chunk(unique(flowIds), BATCH_CHUNK);
        const pages = await Promise.all(
          chunks.map(
            (ids) => must(call("batchReadFlows", { body: { inputs: ids.map((flowId) => ({ flowId, type: "FLOW_ID" })) } }, { idempotent: true, schema: flowBatch }))
          )
        );
        return pages.flatMap((p) => p.results);
      },
      mapIds: async ({ workflowIds = [], flowIds = [] }) => {
        const inputs = [
          ...unique(workflowIds).map((workflowId) => ({ workflowId, type: "WORKFLOW_ID" })),
          ...unique(flowIds).map((flowId) => ({ flowId, type: "FLOW_ID" }))
        ];
        if (!inputs.length) return [];
        const pages = await Promise.all(
          chunk(inputs, BATCH_CHUNK).map((part) => must(call("mapWorkflowIds", { body: { inputs: part } }, { idempotent: true, schema: idMappingBatch })))
        );
        return pages.flatMap((p) => p.results);
      }
    },
    legacyWorkflows: {
      listForContact,
      enrollContact: async ({ workflowId, email: email3, contactId }) => {
        const result = await call(
          "enrollInWorkflow",
          { pathParams: { workflowId, email: email3 } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? { recovered: true } : void 0
          }
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      unenrollContact: async ({ workflowId, email: email3, contactId }) => {
        const result = await call(
          "unenrollFromWorkflow",
          { pathParams: { workflowId, email: email3 } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? void 0 : { recovered: true }
          }
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      listAll: async () => {
        const page = await must(call("listLegacyWorkflows", {}, { schema: legacyWorkflowList }));
        const all = safeParse(legacyWorkflowSummaries, page.workflows);
        if (all.success) return { workflows: all.data, skipped: 0 };
        const workflows = [];
        for (const entry of page.workflows) {
          const parsed = safeParse(legacyWorkflowSummary, entry);
          if (parsed.success) workflows.push(parsed.data);
        }
        return { workflows, skipped: page.workflows.length - workflows.length };
      },
      get: ({ workflowId }) => must(call("getLegacyWorkflow", { pathParams: { workflowId } }, { schema: legacyWorkflow }))
    },
    contacts: {
      get: async ({ contactId, properties }) => {
        contactsApi ??= contactsThroughApiClient(baseUrl, config2.accessToken);
        return must(run("getContact", contactsApi.getById(contactId, properties), { schema: contact }));
      }
    },
    actionTypes: {
      list: async ({ objectTypeId }) => {
        const page = await call("listActionTypes", { query: { objectTypeId } }, { schema: actionTypePage, treatAsNull: [403, 404] });
        return page ? page.results : null;
      }
    },
    emailTemplates: {
      get: ({ templateId }) => call("getEmailTemplate", { pathParams: { templateId } }, { schema: emailTemplate, treatAsNull: [403, 404] })
    }
  };
  return client;
}
function contactsThroughApiClient(basePath, accessToken) {
  const { Client } = require("@hubspot/api-client");
  const hubspot = new Client({ accessToken, basePath, numberOfApiCallRetries: 0 });
  return {
    getById: (contactId, properties) => async () => {
      try {
        const info = await hubspot.crm.contacts.basicApi.getByIdWithHttpInfo(contactId, properties);
        return { status: info.httpStatusCode, headers: lowerKeys(info.headers), body: JSON.parse(JSON.stringify(info.data)) };
      } catch (err) {
        const e = err;
        if (typeof e.code === "number") {
          const body = typeof e.body === "string" ? safeJson(e.body) : { value: e.body };
          return { status: e.code, headers: lowerKeys(e.headers ?? {}), body: body.parseFailed ? e.body : body.value, parseFailed: body.parseFailed };
        }
        throw err;
      }
    }
  };
}
function readResponse(status, headers, text) {
  if (!text) return { status, headers, body: void 0 };
  const parsed = safeJson(text);
  return parsed.parseFailed ? { status, headers, body: text, parseFailed: true } : { status, headers, body: parsed.value };
}
function safeJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { parseFailed: true };
  }
}
function lowerKeys(h) {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
function queryString(query) {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== void 0 && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
function cursorValue(after) {
  if (!after || !/%[0-9A-Fa-f]{2}/.test(after)) return after;
  try {
    return decodeURIComponent(after);
  } catch {
    return after;
  }
}
function unique(ids) {
  return [...new Set(ids)];
}
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function tokenFingerprint(token) {
  let h = 2166136261;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

// server/runtime/define-function.ts
var DEFAULT_BUDGET_MS = 11e3;
var DEFAULT_API_BASE_URL = "https://api.hubapi.com";
var propertiesToSendSchema = optional(
  pipe(
    record(
      string2().check(_regex(/^[A-Za-z0-9_]{1,100}$/, "property names are letters, digits and _")),
      nullable(optional(union([string2().check(_maxLength(65536)), number2(), boolean2()])))
    ),
    transform((rec) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v === void 0 || v === null ? null : String(v)])))
  )
);
function depsFromEnv(env = process.env, now = Date.now) {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return { error: "The app has no HubSpot access token (PRIVATE_APP_ACCESS_TOKEN is not set). An admin needs to install the app." };
  const budget = Number(env.FUNCTION_BUDGET_MS) > 0 ? Number(env.FUNCTION_BUDGET_MS) : DEFAULT_BUDGET_MS;
  const deadlineAt = now() + budget;
  const hubspot = createHubSpotClient({
    baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_API_BASE_URL,
    accessToken,
    deadlineAt
  });
  return { hubspot, now: () => new Date(now()), deadlineAt };
}
function formatInputIssues(error) {
  const parts = error.issues.map((i) => {
    const where = i.path.length ? i.path.join(".") : "input";
    return `${where}: ${i.message}`;
  });
  return `Invalid input (${parts.join("; ")}).`;
}
async function runHandler(schema, handler, parameters, deps, propertiesToSend) {
  const parsed = safeParse(schema, parameters ?? {});
  if (!parsed.success) {
    return { ok: false, error: appError("INVALID_INPUT", formatInputIssues(parsed.error)) };
  }
  const properties = safeParse(propertiesToSendSchema, propertiesToSend);
  if (!properties.success) {
    return { ok: false, error: appError("INVALID_INPUT", formatInputIssues(prefixed(properties.error, "propertiesToSend"))) };
  }
  const built = typeof deps === "function" ? deps() : deps;
  if ("error" in built) return { ok: false, error: appError("MISCONFIGURED", built.error) };
  const resolved = properties.data ? { ...built, propertiesToSend: properties.data } : built;
  try {
    return { ok: true, data: await handler(parsed.data, resolved) };
  } catch (err) {
    const error = toFunctionError(err);
    if (!(err instanceof FunctionFailure)) console.error(`[function] ${error.code}${error.correlationId ? ` correlationId=${error.correlationId}` : ""}: ${err instanceof Error ? err.message : "non-error thrown"}`);
    return { ok: false, error };
  }
}
function defineFunction(schema, handler) {
  return async function main2(context = {}) {
    return runHandler(schema, handler, context.parameters, () => depsFromEnv(), context.propertiesToSend);
  };
}
function prefixed(error, key) {
  return { ...error, issues: error.issues.map((i) => ({ ...i, path: [key, ...i.path] })) };
}
var hubspotId = (label) => string2().check(_trim(), _regex(/^\d{1,20}$/, `${label} must be a HubSpot id (digits only)`));
var optionalQuery = optional(string2().check(_trim(), _maxLength(200, "query must be at most 200 characters")));
var HUBSPOT_CURSOR = /^(?:[A-Za-z0-9\-_+/=]|%[0-9A-Fa-f]{2})*$/;
var optionalCursor = optional(
  string2().check(_maxLength(500, "after must be a paging cursor from a previous page"), _regex(HUBSPOT_CURSOR, "after must be a paging cursor from a previous page"))
);

// server/workflows/catalog-data.ts
var CATALOG_ROWS = [
  ["action", "0-35", "Delay until a calendar date", "Delay enrolled records until a specific date. Use this delay when you want an action to execute only on a specific date.", "Delays", "002", ["Delay until a specific date or date-based property", "Delay (date-based)", "Delay (date)"]],
  ["action", "0-35", "Delay until a date property", "Delay enrolled records until a specific date or datetime property. Use this when you want an action to execute based on a specific property.", "Delays", "002", []],
  ["action", "0-29", "Delay until an event occurs", "Delay enrolled records until a specified event occurs, such as a page visit or form submission.", "Delays", "002", []],
  ["action", "0-1", "Delay for a set amount of time", "Delay enrolled records for a specific amount of days, hours, or minutes before moving to the next action.", "Delays", "002", ["Delay a set amount of time, until a specific day of the week, or time of day.", "Delay (time-based)", "Delay (time)"]],
  ["action", "0-1", "Delay until a day of week", "Delay enrolled records until a specific day of the week.", "Delays", "002", []],
  ["action", "0-1", "Delay until a specific time of day", "Delay enrolled records until a specific time of day.", "Delays", "002", []],
  ["action", "0-15", "Go to workflow", "Enroll record in another workflow of the same type while remaining in the original.", "Enrollment", "002", []],
  ["action", "0-46510720", "Enroll in a sequence", "Automatically enroll contacts in a sequence.", "Enrollment", "002", []],
  ["action", "0-4", "Send Email", "Send automated marketing emails to contacts enrolled in the workflow.", "Communications", "002", ["Send automated email to a contact associated with the enrolled record", "Send marketing email", "Send email"]],
  ["action", "0-9", "Send in-app notification", "Send a notification to specified users or teams, appearing in the HubSpot notification center/app.", "Communications", "002", ["Send an in-app notification to a user or team", "In-app notification"]],
  ["action", "0-8", "Send an internal email notification", "Send an internal email to selected users or teams, configurable with tokens and rich formatting.", "Communications", "002", ["Send email notification to a user or team", "Send email notification", "Email notification"]],
  ["action", "0-23", "Send internal marketing emails", "Send automated emails internally to other HubSpot users in your account.", "Communications", "002", []],
  ["action", "0-199186210", "Send survey", "Automatically send a custom survey to enrolled contacts. (BETA)", "Communications", "002", []],
  ["action", "0-25085031", "Send WhatsApp message", "Send WhatsApp messages to opted-in contacts with a valid WhatsApp number.", "Communications", "002", []],
  ["action", "0-40900952", "Send SMS message", "Send SMS to enrolled or associated contacts.", "Communications", "002", []],
  ["action", "0-4702372", "Unenroll from sequence", "Automatically unenroll contacts from their current sequence.", "Enrollment", "002", []],
  ["action", "0-44475148", "Assign conversation owner", "Change the inbox and ownership assignment for a conversation.", "CRM records", "002", []],
  ["action", "0-225935194", "Validate and format phone number", "Format phone numbers for calling compatibility.", "CRM records", "002", []],
  ["action", "0-177946906", "Enrich Record", "Enrich contacts or companies with additional data.", "CRM records", "002", []],
  ["action", "0-5", "Edit records", "Set, edit, copy, or clear property values for enrolled or associated records.", "CRM records", "002", ["Set property"]],
  ["action", "0-14", "Create record", "Automatically create CRM records, including contacts, companies, deals, tickets, leads, and custom objects.", "CRM records", "002", ["Create a new record"]],
  ["action", "0-3", "Create task", "Automatically create a new HubSpot task for a record.", "CRM records", "002", []],
  ["action", "0-169425243", "Create note", "Automatically create and associate a note with the enrolled record.", "CRM records", "002", []],
  ["action", "0-18224765", "Delete contact", "Automatically delete enrolled contacts.", "CRM records", "002", []],
  ["action", "0-5", "Increase or decrease property value", "Change a numeric value in a number property by a specified amount.", "CRM records", "002", []],
  ["action", "0-43347357", "Manage communication subscriptions", "Update the subscription status, legal basis, and communication consent for a contact.", "Communications", "002", []],
  ["action", "0-11", "Rotate record to owner", "Evenly distribute enrolled records (e.g. leads, tickets) to selected users or teams.", "CRM records", "002", []],
  ["action", "0-63189541", "Create associations", "Create new CRM record associations.", "CRM records", "002", []],
  ["action", "0-73444249", "Apply association labels", "Add a label to already-associated CRM records.", "CRM records", "002", []],
  ["action", "0-61139484", "Update association labels", "Replace existing or append new labels to associations.", "CRM records", "002", []],
  ["action", "0-61139476", "Remove association labels", "Clear all current association labels.", "CRM records", "002", []],
  ["action", "0-219161394", "Stop tracking intent signals", "Deactivate ongoing intent signals tracking and enrichment.", "AI and data", "002", []],
  ["action", "0-219160146", "Track intent signals", "Activate intent signal tracking & enrichment.", "AI and data", "002", []],
  ["action", "0-172351286", "Data Agent: Custom prompt (BETA)", "Analyze, summarize, or categorize data via custom AI prompts.", "AI and data", "002", []],
  ["action", "0-216647524", "Data Agent: Research (BETA)", "Generate and extract research data using associated record properties or transcripts.", "AI and data", "002", []],
  ["action", "0-201091202", "Data Agent: Fill Smart Property (BETA)", "Run AI smart-properties and populate the corresponding data.", "AI and data", "002", []],
  ["action", "0-195318603", "Summarize record (BETA)", "Summarize data from records and associations, use the output in emails or further actions.", "AI and data", "002", []],
  ["action", "0-207702619", "Infer company value proposition and ICP (BETA)", "Generate selling profiles, including target persona, value prop, and more.", "AI and data", "002", []],
  ["action", "0-219292676", "Enroll in prospecting agent (BETA)", "Automatically enroll contacts in HubSpot’s AI prospecting agent.", "Enrollment", "002", []],
  ["action", "0-217709844", "Unenroll in prospecting agent (BETA)", "Remove contacts from the prospecting agent.", "Enrollment", "002", []],
  ["action", "0-218870680", "Use a custom LLM (BETA)", "Connect custom Large Language Models (LLMs) to drive AI-powered workflow actions.", "AI and data", "002", []],
  ["action", "0-30", "Add to ads audience", "Add contacts to a new or existing ads audience (created via workflows).", "Lists and ads", "002", []],
  ["action", "0-63809083", "Add to static list", "Add records (contacts, companies, deals) to static lists.", "Lists and ads", "002", ["Add to list"]],
  ["action", "0-30", "Remove from ads audience", "Remove records from an ads audience.", "Lists and ads", "002", []],
  ["action", "0-63863438", "Remove from static list", "Remove records from a static list.", "Lists and ads", "002", ["Remove from list"]],
  ["action", "0-31", "Set marketing contact status", "Mark contact as marketing or non-marketing. Changes to non-marketing contacts will only occur on the renewal date.", "Communications", "002", []],
  ["action", "1-179507819", "Send Slack notification", "Send a Slack message via integrated Slack workspace.", "Integrations", "002", []],
  ["action", "1-100451", "Create an Asana task", "Create an Asana task from HubSpot workflow logic.", "Integrations", "002", []],
  ["action", "1-2825058", "Create a Trello Card", "Create a Trello card from HubSpot workflow logic.", "Integrations", "002", []],
  ["action", "0-19", "Create Salesforce task", "Creates a Salesforce task tied to the enrolled contact for Salesforce users.", "Integrations", "002", []],
  ["action", "0-18", "Set Salesforce campaign", "Associate contacts with a Salesforce campaign (contact-based workflows only).", "Integrations", "002", []],
  ["event", "4-1553675", "Ad interaction", "Triggers when an ad is interacted with.", "Web and ads", "002", []],
  ["event", "4-1741072", "Call ended", "Triggers when a call has ended. This includes both calls initiated through HubSpot or through third-party integrations, such as Aircall.", "Calls", "002", ["Call end"]],
  ["event", "4-1733817", "Call started", "Triggers when a call is initiated. This includes both calls initiated through HubSpot or through third-party integrations, such as Aircall.", "Calls", "002", ["Call start"]],
  ["event", "4-1463224", "CRM Object created", "Triggers when a new object is created in the CRM. You must use refinement criteria to filter out unwanted objects from enrollment.", "Other events", "002", []],
  ["event", "4-1814177", "Playbook log", "Triggers when a playbook is logged on a record in the CRM.", "Other events", "002", []],
  ["event", "4-655002", "Property value changed", "Triggers when a property value is updated on a record in the CRM. This trigger represents exactly one property changing from one value to another.", "Other events", "002", []],
  ["event", "6-2117363", "Custom event occurs", "Triggers when a custom event occurs with an existing contact record. Custom events triggers will only enroll existing records.", "Other events", "002", []],
  ["event", "4-666288", "Clicked link in email", "Triggers when a contact clicks a link in a marketing email. When further defining your email event enrollment triggers, both Raw URL and Original URL criteria will include any query parameters added by the user and tracking parameters added by HubSpot.", "Email", "002", ["Email click"]],
  ["event", "4-5470331", "Email bounced", "Triggers when a one-to-one or marketing email is sent to a contact and bounces.", "Email", "002", []],
  ["event", "4-665536", "Email delivered", "Triggers when a one-to-one or marketing email is delivered to a contact.", "Email", "002", ["Email delivery"]],
  ["event", "4-667638", "Email sent", "Triggers when a marketing email, or one-to-one email, is sent to a contact. This event will only trigger for one-to-one emails if sent through a hosted inbox.", "Email", "002", []],
  ["event", "4-666440", "Opened email", "Triggers when a contact opens a marketing email.", "Email", "002", ["Email open"]],
  ["event", "4-665538", "Replied to email", "Triggers when a contact replies to a marketing email.", "Email", "002", ["Email reply"]],
  ["event", "4-666289", "Updated email subscription status", "Triggers when a contact updates their email subscription status.", "Email", "002", []],
  ["event", "4-1639799", "Form interaction", "Triggers when a contact interacts with a form field. This event fires before form submission.", "Forms", "002", []],
  ["event", "4-1639801", "Form submission", "Triggers when a form is submitted.", "Forms", "002", []],
  ["event", "4-1639797", "Form view", "Triggers when a contact views a form. Will only trigger for visitors that are associated with existing contact records.", "Forms", "002", []],
  ["event", "4-1720599", "Meeting booked", "Triggers when a contact books a meeting through the HubSpot meetings tool or when a meeting activity is associated with the contact.", "Meetings", "002", []],
  ["event", "4-1724222", "Meeting outcome change", "Triggers when a meeting outcome is changed in the account.", "Meetings", "002", []],
  ["event", "4-1522438", "Contact finished viewing a document", "Triggers when a contact has finished viewing a sales document. This occurs when the user completes the view by clicking out of the document.", "Documents", "002", []],
  ["event", "4-1522436", "Contact viewed a document", "Triggers when a contact views a sales document. This represents the initial view of a document, regardless of whether the contact finished viewing it.", "Documents", "002", []],
  ["event", "4-1522437", "Document shared with contact", "Triggers when a sales document is shared with a contact.", "Documents", "002", []],
  ["event", "4-675773", "Contact booked a meeting through a sequence", "Triggers when a contact books a meeting through a sequence.", "Sequences", "002", []],
  ["event", "4-675777", "Contact enrolled in a sequence", "Triggers when a contact is enrolled in a sequence.", "Sequences", "002", []],
  ["event", "4-675778", "Contact finished sequence", "Triggers when a contact finishes a sequence.", "Sequences", "002", []],
  ["event", "4-675776", "Contact unenrolled from sequence", "Triggers when a contact is unenrolled from a sequence.", "Sequences", "002", []],
  ["event", "4-1497402", "Contact unenrolled from sequence via workflow", "Triggers when a contact is unenrolled from a sequence via a workflow. Other unenrollment sources do not trigger this event.", "Sequences", "002", []],
  ["event", "4-675775", "Contact unenrolled from sequence manually", "Triggers when a contact is manually unenrolled from a sequence. Other unenrollment sources do not trigger this event.", "Sequences", "002", []],
  ["event", "4-1752910", "Delivering SMS failed", "Triggers when an SMS message wasn’t delivered to a contact.", "SMS", "002", []],
  ["event", "4-1722276", "Link in SMS clicked", "Triggers when a contact clicks a link in an SMS message.", "SMS", "002", ["SMS shortlink click"]],
  ["event", "4-1752904", "Sending SMS failed", "Triggers when an SMS message wasn’t sent to a contact.", "SMS", "002", []],
  ["event", "4-1721168", "SMS delivered", "Triggers when an SMS message is delivered to a contact.", "SMS", "002", []],
  ["event", "4-1725149", "SMS dropped", "Triggers when a SMS message is dropped for a contact.", "SMS", "002", []],
  ["event", "4-1719453", "SMS sent", "Triggers when an SMS message is sent to a contact.", "SMS", "002", []],
  ["event", "4-1555805", "CTA click", "Triggers when a contact clicks a CTA or Web interactive.", "CTAs", "002", []],
  ["event", "4-1555804", "CTA viewed", "Triggers when a contact views a CTA or Web interactive.", "CTAs", "002", ["CTA view"]],
  ["event", "4-100216", "CTA click (legacy)", "Triggers when a contact clicks a CTA (legacy).", "CTAs", "002", []],
  ["event", "4-100215", "CTA view (legacy)", "Triggers when a contact views a CTA (legacy).", "CTAs", "002", []],
  ["event", "4-96000", "Page visited", "Triggers when a contact views a landing page or website page. Will only trigger for visitors that are associated with existing contact records.", "Web and ads", "002", []],
  ["event", "4-675783", "Website or Email Media Play", "Triggers when a contact plays a media file embedded in your content (e.g., on a website page, email, etc.)", "Web and ads", "002", ["Media play on webpage"]],
  ["event", "4-1753168", "Achieved workflow goal", "Triggers when a contact meets a workflow goal.", "Workflows", "002", []],
  ["event", "4-1466013", "Enrolled in workflow", "Triggers when an object is enrolled in a workflow.", "Workflows", "002", []],
  ["event", "4-1466014", "Unenrolled from workflow", "Triggers when an object is unenrolled from a workflow.", "Workflows", "002", []],
  ["action", "0-13", "Add enrolled object to list or remove from list", "Add or remove an enrolled contact to/from a static list.", "Lists and ads", "001", []],
  ["event", "4-68559", "Marketing event registration", "", "Marketing events", "001", []],
  ["event", "4-69072", "Marketing event cancellation", "", "Marketing events", "001", []]
];
var OBJECT_TYPE_ROWS = [
  ["0-1", "Contacts"],
  ["0-2", "Companies"],
  ["0-3", "Deals"],
  ["0-5", "Tickets"],
  ["0-8", "Line Items"],
  ["0-7", "Products"],
  ["0-14", "Quotes"]
];

// server/workflows/catalog.ts
function buildCatalog(entries, objectTypes = OBJECT_TYPE_ROWS) {
  const actions = /* @__PURE__ */ new Map();
  const events = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.kind === "action") {
      const list = actions.get(e.id) ?? [];
      list.push(e);
      actions.set(e.id, list);
    } else if (!events.has(e.id)) {
      events.set(e.id, e);
    }
  }
  const objects = new Map(objectTypes.map(([id2, name]) => [id2, name]));
  return {
    entries,
    action: (id2) => actions.get(id2)?.[0],
    actionVariants: (id2) => actions.get(id2) ?? [],
    event: (id2) => events.get(id2),
    objectTypeName: (id2) => objects.get(id2)
  };
}
function seedEntries() {
  return CATALOG_ROWS.map(([kind, id2, name, description, group, seed, aliases]) => ({
    kind,
    id: id2,
    name,
    description,
    group,
    aliases: [...aliases],
    sources: [`seed:${seed}`]
  }));
}
var seedCatalog;
function getSeedCatalog() {
  seedCatalog ??= buildCatalog(seedEntries());
  return seedCatalog;
}

// server/workflows/names.ts
var ID_AS_IS = { label: () => void 0 };
var UNNAMED = { name: (_ref, fallback) => fallback };
function referenceKey(ref) {
  switch (ref.kind) {
    case "property":
      return `property:${ref.objectTypeId}:${ref.property}`;
    case "propertyValue":
      return `propertyValue:${ref.objectTypeId}:${ref.property}:${ref.value}`;
    case "pipeline":
    case "pipelineStage":
      return `${ref.kind}:${ref.objectTypeId}:${ref.id}`;
    default:
      return `${ref.kind}:${ref.id}`;
  }
}
function recordingNames(lookup = ID_AS_IS) {
  const seen = /* @__PURE__ */ new Set();
  const references = [];
  return {
    references,
    name(ref, fallback) {
      const key = referenceKey(ref);
      if (!seen.has(key)) {
        seen.add(key);
        references.push(ref);
      }
      return lookup.label(ref) ?? fallback;
    }
  };
}
var OWNER_PROPERTIES = /* @__PURE__ */ new Set(["hubspot_owner_id", "hs_owner_id"]);
var PIPELINE_PROPERTIES = /* @__PURE__ */ new Set(["pipeline", "hs_pipeline"]);
var STAGE_PROPERTIES = /* @__PURE__ */ new Set(["dealstage", "hs_pipeline_stage"]);
function valueReference(objectTypeId, property, value) {
  if (OWNER_PROPERTIES.has(property)) return { kind: "owner", id: value };
  if (PIPELINE_PROPERTIES.has(property)) return { kind: "pipeline", objectTypeId, id: value };
  if (STAGE_PROPERTIES.has(property)) return { kind: "pipelineStage", objectTypeId, id: value };
  if (property === "hs_form_id") return { kind: "form", id: value };
  return { kind: "propertyValue", objectTypeId, property, value };
}

// server/workflows/context.ts
function contextFor(catalog, objectTypeId = "", names = UNNAMED) {
  return { catalog, names, objectTypeId };
}

// server/workflows/read.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var arr = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" ? v.trim() ? v : void 0 : typeof v === "number" && Number.isFinite(v) ? String(v) : void 0;
function pick2(fields, keys) {
  for (const k of keys) if (fields[k] !== void 0 && fields[k] !== null && fields[k] !== "") return fields[k];
  return void 0;
}

// server/workflows/words.ts
var PROPERTY_LABELS = {
  lifecyclestage: "Lifecycle stage",
  closedate: "Close date",
  createdate: "Create date",
  dealstage: "Deal stage",
  dealname: "Deal name",
  firstname: "First name",
  lastname: "Last name",
  jobtitle: "Job title",
  hubspot_owner_id: "Contact owner",
  hs_form_id: "Form",
  hs_pipeline_stage: "Pipeline stage",
  hs_lead_status: "Lead status",
  hs_task_priority: "Task priority",
  hs_object_id: "Record ID",
  zip: "Postal code"
};
function humanizeProperty(name) {
  const known = PROPERTY_LABELS[name.toLowerCase()];
  if (known) return known;
  const words = name.replace(/^hs_/i, "").replace(/([a-z])([A-Z])/g, "$1 $2").split(/[_\s]+/).filter(Boolean).map((w) => w.toLowerCase());
  if (!words.length) return name;
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function humanizeValue(value) {
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value)) {
    const text = value.replace(/_/g, " ").toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return value;
}
var UNIT_MINUTES = { MINUTES: 1, HOURS: 60, DAYS: 1440, WEEKS: 10080 };
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
function describeDuration(delta, unit) {
  const n = Number(delta);
  if (!Number.isFinite(n)) return null;
  const u = typeof unit === "string" ? unit.toUpperCase() : "MINUTES";
  if (u === "SECONDS") return plural(n, "second");
  const perUnit = UNIT_MINUTES[u];
  if (perUnit === void 0) return `${n} ${u.toLowerCase()}`;
  let minutes = Math.round(n * perUnit);
  if (minutes === 0) return "0 minutes";
  const parts = [];
  const weeks = minutes % 10080 === 0 && minutes >= 10080 ? minutes / 10080 : 0;
  if (weeks) return plural(weeks, "week");
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  if (days) parts.push(plural(days, "day"));
  if (hours) parts.push(plural(hours, "hour"));
  if (minutes) parts.push(plural(minutes, "minute"));
  return parts.join(" ");
}
function describeDate(ms) {
  const n = Number(ms);
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n);
  if (Number.isNaN(d.getTime())) return null;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function describeTimeOfDay(t) {
  if (!t || typeof t !== "object") return null;
  const { hour, minute } = t;
  if (typeof hour !== "number") return null;
  const mm = typeof minute === "number" ? minute : 0;
  return `${String(hour).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}
var OPERATORS = {
  IS_ANY_OF: "is any of",
  IS_NONE_OF: "is none of",
  IS_EQUAL_TO: "is equal to",
  IS_NOT_EQUAL_TO: "is not equal to",
  EQ: "is equal to",
  NEQ: "is not equal to",
  CONTAINS: "contains",
  DOES_NOT_CONTAIN: "does not contain",
  CONTAINS_ALL: "contains all of",
  DOES_NOT_CONTAIN_ALL: "does not contain all of",
  STARTS_WITH: "starts with",
  ENDS_WITH: "ends with",
  IS_KNOWN: "is known",
  IS_UNKNOWN: "is unknown",
  HAS_PROPERTY: "is known",
  NOT_HAS_PROPERTY: "is unknown",
  IS_GREATER_THAN: "is greater than",
  IS_GREATER_THAN_OR_EQUAL_TO: "is greater than or equal to",
  IS_LESS_THAN: "is less than",
  IS_LESS_THAN_OR_EQUAL_TO: "is less than or equal to",
  IS_BETWEEN: "is between",
  IS_NOT_BETWEEN: "is not between",
  IS_BEFORE: "is before",
  IS_AFTER: "is after",
  IS_BEFORE_DATE: "is before",
  IS_AFTER_DATE: "is after",
  IS_EXACTLY: "is exactly",
  IS_NOT_EXACTLY: "is not exactly",
  HAS_EVER_BEEN_EQUAL_TO: "has ever been equal to",
  HAS_NEVER_BEEN_EQUAL_TO: "has never been equal to",
  HAS_EVER_BEEN_ANY_OF: "has ever been any of",
  HAS_NEVER_BEEN_ANY_OF: "has never been any of",
  HAS_EVER_CONTAINED: "has ever contained",
  HAS_NEVER_CONTAINED: "has never contained",
  IS_TRUE: "is true",
  IS_FALSE: "is false",
  IN_LIST: "is in list",
  NOT_IN_LIST: "is not in list",
  HAS_COMPLETED: "has completed",
  HAS_NOT_COMPLETED: "has not completed",
  UPDATED_IN_LAST: "was updated in the last"
};
function describeOperator(op) {
  if (typeof op !== "string" || !op) return "matches";
  return OPERATORS[op.toUpperCase()] ?? op.replace(/_/g, " ").toLowerCase();
}
function brief(value, max = 80) {
  let text;
  if (value === null || value === void 0) text = "(empty)";
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (Array.isArray(value)) text = value.map((v) => brief(v, max)).join(", ");
  else text = JSON.stringify(value);
  text = text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function listOf(values, max = 5) {
  if (values.length <= max) return values.join(", ");
  return `${values.slice(0, max).join(", ")} and ${values.length - max} more`;
}

// server/workflows/describers/shared.ts
function propertyWords(ctx, property, objectTypeId = ctx.objectTypeId, shown = humanizeProperty(property)) {
  return ctx.names.name({ kind: "property", objectTypeId, property }, shown);
}
function idWords(ctx, kind, value, shown = brief(value)) {
  const id2 = str(value);
  return id2 ? ctx.names.name({ kind, id: id2 }, shown) : shown;
}
function valueInWords(v, ctx, target) {
  const named = (raw, shown) => {
    const id2 = str(raw);
    return target && id2 ? ctx.names.name(valueReference(target.objectTypeId, target.property, id2), shown) : shown;
  };
  if (!isObj(v)) return v === void 0 ? "(empty)" : named(v, humanizeValue(brief(v)));
  const type = str(v.type)?.toUpperCase();
  if (v.staticValue !== void 0) {
    const s = brief(v.staticValue);
    return named(v.staticValue, humanizeValue(s));
  }
  if (type === "OBJECT_PROPERTY" || v.propertyName !== void 0) {
    const prop = str(v.propertyName);
    return `the value of ${prop ? propertyWords(ctx, prop) : humanizeProperty("a property")}`;
  }
  if (type === "TIMESTAMP") return "the time of the action";
  if (type === "ENROLLED_OBJECT") return "the enrolled record";
  if (v.actionId !== void 0 && v.dataKey !== void 0) return `the output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  return brief(v);
}
function objectSingular(objectTypeId, catalog) {
  if (!objectTypeId) return "record";
  const plural2 = catalog.objectTypeName(objectTypeId);
  if (!plural2) return `record (object type ${objectTypeId})`;
  const lower = plural2.toLowerCase();
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("s")) return lower.slice(0, -1);
  return lower;
}
function recipients(fields, ctx) {
  const parts = [];
  const users = arr(fields.user_ids).map((u) => idWords(ctx, "user", u));
  const teams = arr(fields.team_ids).map((u) => idWords(ctx, "team", u));
  const owners = arr(fields.owner_properties).map((p) => str(p) ? propertyWords(ctx, str(p), ctx.objectTypeId, humanizeProperty(brief(p))) : humanizeProperty(brief(p)));
  const emails = arr(fields.recipient_emails ?? fields.emails).map((u) => brief(u));
  if (users.length) parts.push(`${users.length === 1 ? "user" : "users"} ${listOf(users)}`);
  if (teams.length) parts.push(`${teams.length === 1 ? "team" : "teams"} ${listOf(teams)}`);
  if (owners.length) parts.push(`the record's ${listOf(owners)}`);
  if (emails.length) parts.push(listOf(emails));
  return parts.length ? parts.join(" and ") : null;
}
function associationDetails(assocs, ctx) {
  const out = [];
  for (const a of arr(assocs)) {
    if (!isObj(a)) continue;
    const target = isObj(a.target) ? a.target : {};
    const v = isObj(a.value) ? a.value : {};
    const typeId = target.associationTypeId !== void 0 ? ` (association type ${idWords(ctx, "associationType", target.associationTypeId)})` : "";
    const vt = str(v.type)?.toUpperCase();
    if (vt === "ENROLLED_OBJECT") out.push(`Associated with the enrolled record${typeId}`);
    else if (vt === "COPY_ASSOCIATION") out.push(`Copies the enrolled record's associations${typeId}`);
    else out.push(`Association${typeId}: ${brief(v)}`);
  }
  return out;
}
function genericFields(fields) {
  return Object.entries(fields).slice(0, 4).map(([k, v]) => `${humanizeProperty(k)}: ${isObj(v) && v.staticValue !== void 0 ? brief(v.staticValue) : brief(v, 60)}`);
}
function variantNamed(catalog, id2, re) {
  return catalog.actionVariants(id2).find((v) => re.test(v.name))?.name;
}

// server/workflows/filters.ts
function describeOperation(op, property, ctx) {
  if (!isObj(op)) return "matches";
  const named = (v) => {
    const text = brief(v, 60);
    const id2 = str(v);
    return property && id2 ? ctx.names.name(valueReference(ctx.objectTypeId, property, id2), text) : text;
  };
  const words = describeOperator(op.operator);
  const values = [];
  if (Array.isArray(op.values)) values.push(...op.values.map(named));
  if (op.value !== void 0) values.push(named(op.value));
  for (const k of ["lowerBound", "upperBound", "timestamp"]) if (op[k] !== void 0) values.push(brief(op[k], 60));
  const tail = values.length ? ` ${listOf(values)}` : "";
  const noValue = op.includeObjectsWithNoValueSet === true ? " (or has no value)" : "";
  return `${words}${tail}${noValue}`;
}
function describeFilter(f, catalog, ctx = contextFor(catalog)) {
  if (!isObj(f)) return "an unreadable filter";
  const type = str(f.filterType)?.toUpperCase() ?? "PROPERTY";
  if (type === "PROPERTY" || f.property !== void 0 && f.operation !== void 0) {
    const property = str(f.property);
    const label = property ? ctx.names.name({ kind: "property", objectTypeId: ctx.objectTypeId, property }, property) : "a property";
    return `${label} ${describeOperation(f.operation, property, ctx)}`;
  }
  if (type === "IN_LIST") {
    const op = str(f.operator)?.toUpperCase();
    const listId = str(f.listId);
    return `${op === "NOT_IN_LIST" ? "not in list" : "in list"} ${listId ? ctx.names.name({ kind: "list", id: listId }, listId) : "(unknown list)"}`;
  }
  if (type === "FORM_SUBMISSION") {
    const formId = str(f.formId);
    return `submitted form ${formId ? ctx.names.name({ kind: "form", id: formId }, formId) : "(any form)"}${f.operator ? ` (${describeOperator(f.operator)})` : ""}`;
  }
  if (type === "PAGE_VIEW") return `viewed page ${str(f.pageUrl) ?? ""}`.trim();
  if (type === "CONSTANT") return f.shouldAccept === false ? "never" : "always";
  const rest = Object.entries(f).filter(([k]) => k !== "filterType").slice(0, 3).map(([k, v]) => `${k} ${brief(v, 40)}`);
  return `${humanizeValue(type).toLowerCase()} filter${rest.length ? ` (${rest.join(", ")})` : ""}`;
}
function eventLabel(eventTypeId, catalog) {
  if (!eventTypeId) return "An event";
  const e = catalog.event(eventTypeId);
  return e ? `${e.name} (${eventTypeId})` : `Unknown event ${eventTypeId}`;
}
function describeFilterBranch(branch, catalog, depth = 0, lines = [], ctx = contextFor(catalog)) {
  if (!isObj(branch)) return "no criteria";
  const type = str(branch.filterBranchType)?.toUpperCase() ?? "AND";
  const filters = arr(branch.filters);
  const children = arr(branch.filterBranches);
  if (type === "UNIFIED_EVENTS") {
    const eventTypeId = str(branch.eventTypeId);
    const head = eventLabel(eventTypeId, catalog);
    const op = str(branch.operator)?.toUpperCase();
    const opText = op && op !== "HAS_COMPLETED" ? ` ${describeOperator(op)}` : "";
    const inner2 = innerGroup(filters, children, "AND", catalog, depth + 1, { ...ctx, objectTypeId: eventTypeId ?? ctx.objectTypeId });
    const text = `${head}${opText}${inner2.text ? ` where ${inner2.text}` : ""}`;
    lines.push({ depth, text: `${head}${opText}${inner2.lines.length ? " where" : ""}` }, ...inner2.lines);
    return text;
  }
  if (type === "ASSOCIATION") {
    const obj = str(branch.objectTypeId);
    const objName = obj ? catalog.objectTypeName(obj) ?? `object ${obj}` : "records";
    const assocId = str(branch.associationTypeId);
    const assoc = branch.associationTypeId === void 0 ? "" : ` (association type ${assocId ? ctx.names.name({ kind: "associationType", id: assocId }, brief(branch.associationTypeId)) : brief(branch.associationTypeId)})`;
    const head = `Has an associated record in ${objName}${assoc}`;
    const inner2 = innerGroup(filters, children, str(branch.filterBranchOperator) ?? "AND", catalog, depth + 1, { ...ctx, objectTypeId: obj ?? ctx.objectTypeId });
    lines.push({ depth, text: `${head}${inner2.lines.length ? " where" : ""}` }, ...inner2.lines);
    return `${head}${inner2.text ? ` where ${inner2.text}` : ""}`;
  }
  if (type === "NOT_ALL" || type === "NOT_ANY") {
    const inner2 = innerGroup(filters, children, type === "NOT_ALL" ? "AND" : "OR", catalog, depth + 1, ctx);
    const head = type === "NOT_ALL" ? "Not all of" : "None of";
    lines.push({ depth, text: `${head}:` }, ...inner2.lines);
    return `${head.toLowerCase()} (${inner2.text || "nothing"})`;
  }
  const joiner = type === "OR" ? "OR" : type === "AND" ? "AND" : str(branch.filterBranchOperator)?.toUpperCase() === "OR" ? "OR" : "AND";
  const members2 = filters.length + children.length;
  if (members2 === 1 && children.length === 1) return describeFilterBranch(children[0], catalog, depth, lines, ctx);
  const inner = innerGroup(filters, children, joiner, catalog, members2 > 1 ? depth + 1 : depth, ctx);
  if (members2 > 1) lines.push({ depth, text: joiner === "OR" ? "Any of (OR):" : "All of (AND):" });
  lines.push(...inner.lines);
  return inner.text;
}
function innerGroup(filters, children, joiner, catalog, depth, ctx) {
  const lines = [];
  const parts = [];
  for (const f of filters) {
    const t = describeFilter(f, catalog, ctx);
    parts.push(t);
    lines.push({ depth, text: t });
  }
  for (const c of children) {
    const childLines = [];
    const t = describeFilterBranch(c, catalog, depth, childLines, ctx);
    if (!t && !childLines.length) continue;
    parts.push(parts.length || children.length + filters.length > 1 ? `(${t})` : t);
    lines.push(...childLines);
  }
  const j = joiner.toUpperCase() === "OR" ? " OR " : " AND ";
  const text = parts.length === 1 ? parts[0].replace(/^\((.*)\)$/, "$1") : parts.join(j);
  return { text, lines };
}

// server/workflows/describers/delays.ts
var delay = (fields, ctx) => {
  const id2 = ctx.actionTypeId;
  let name;
  const dur = describeDuration(fields.delta, fields.time_unit);
  const days = arr(fields.days_of_week ?? fields.day_of_week ?? fields.daysOfWeek).map((d) => humanizeValue(brief(d)));
  const time2 = describeTimeOfDay(fields.time_of_day);
  if (days.length) name = variantNamed(ctx.catalog, id2, /day of week/i);
  else if (time2 && fields.delta === void 0) name = variantNamed(ctx.catalog, id2, /time of day/i);
  const bits = [];
  if (dur && fields.delta !== void 0) bits.push(`Wait ${dur}`);
  if (days.length) bits.push(`${bits.length ? "then until" : "Wait until"} ${listOf(days, 7)}`);
  if (time2) bits.push(`${bits.length ? "at" : "Wait until"} ${time2}`);
  return { name, summary: bits.join(" ") || "Wait" };
};
var delayUntilDate = (fields, ctx) => {
  const id2 = ctx.actionTypeId;
  let name;
  let summary;
  const date2 = isObj(fields.date) ? fields.date : void 0;
  const time2 = describeTimeOfDay(fields.time_of_day);
  const offset = Number(fields.delta) ? describeDuration(Math.abs(Number(fields.delta)), fields.time_unit) : null;
  if (date2 && (str(date2.type)?.toUpperCase() === "OBJECT_PROPERTY" || date2.propertyName !== void 0)) {
    name = variantNamed(ctx.catalog, id2, /date property/i);
    const property = str(date2.propertyName);
    const prop = property ? propertyWords(ctx, property) : humanizeProperty("a date property");
    summary = `Wait until ${offset ? `${offset} ${Number(fields.delta) < 0 ? "before" : "after"} ` : ""}the record's ${prop}`;
  } else if (date2) {
    name = variantNamed(ctx.catalog, id2, /calendar date/i);
    summary = `Wait until ${describeDate(date2.staticValue) ?? brief(date2.staticValue)}`;
    if (offset) summary += ` (${offset} ${Number(fields.delta) < 0 ? "before" : "after"})`;
  } else {
    const dur = describeDuration(fields.delta, fields.time_unit);
    summary = dur ? `Wait ${dur}` : "Wait until a date";
  }
  if (time2) summary += ` at ${time2}`;
  return { name, summary };
};
var delayUntilEvent = (fields, ctx) => {
  const details = [];
  const ev = str(pick2(fields, ["eventTypeId", "event_type_id"]));
  const summary = ev ? `Wait until ${eventLabel(ev, ctx.catalog)} happens` : "Wait until an event happens";
  const expire = describeDuration(pick2(fields, ["expiration_delta", "delta"]), fields.time_unit);
  if (expire && pick2(fields, ["expiration_delta", "delta"]) !== void 0) details.push(`Gives up after ${expire}`);
  return { summary, details };
};
var DELAY_DESCRIBERS = {
  "0-1": delay,
  "0-35": delayUntilDate,
  "0-29": delayUntilEvent
};

// server/workflows/describers/enrollment.ts
var listWords = (ctx, listId) => listId === void 0 ? brief("(no list)") : idWords(ctx, "list", listId);
var staticList = (fields, ctx) => {
  const list = listWords(ctx, pick2(fields, ["list_id", "listId"]));
  const remove = str(fields.operation)?.toUpperCase() === "REMOVE";
  return { summary: remove ? `Remove from list ${list}` : `Add to list ${list}` };
};
var adsAudience = (fields, ctx) => {
  const remove = /REMOVE/i.test(String(pick2(fields, ["operation", "action"]) ?? ""));
  const audience = pick2(fields, ["audienceId", "audience_id", "audience"]);
  return {
    name: variantNamed(ctx.catalog, ctx.actionTypeId, remove ? /^Remove/ : /^Add/),
    summary: `${remove ? "Remove from" : "Add to"} ads audience${audience !== void 0 ? ` ${idWords(ctx, "adsAudience", audience)}` : ""}`
  };
};
var enrollInSequence = (fields, ctx) => {
  const details = [];
  const seq = pick2(fields, ["sequenceId", "sequence_id", "sequence"]);
  const sender = pick2(fields, ["senderEmail", "sender_email", "userEmail", "user_email", "senderAliasAddress", "contact_owner_email", "owner_email"]);
  if (fields.sender_type !== void 0) details.push(`Sender: ${humanizeValue(brief(fields.sender_type))}`);
  const user = pick2(fields, ["userId", "user_id", "sender_user_id"]);
  let summary = `Enroll in sequence ${seq !== void 0 ? idWords(ctx, "sequence", seq) : "(no sequence chosen)"}`;
  if (sender !== void 0) summary += ` from ${brief(sender)}`;
  else if (user !== void 0) summary += ` from user ${idWords(ctx, "user", user)}`;
  return { summary, details };
};
var enrollInWorkflow = (fields, ctx) => {
  const wf = pick2(fields, ["flow_id", "flowId", "workflow_id", "workflowId"]);
  return { summary: `Enroll in workflow ${wf !== void 0 ? idWords(ctx, "workflow", wf) : "(no workflow chosen)"}` };
};
var ENROLLMENT_DESCRIBERS = {
  "0-13": staticList,
  "0-63809083": (fields, ctx) => ({ summary: `Add to list ${listWords(ctx, pick2(fields, ["listId", "list_id"]))}` }),
  "0-63863438": (fields, ctx) => ({ summary: `Remove from list ${listWords(ctx, pick2(fields, ["listId", "list_id"]))}` }),
  "0-30": adsAudience,
  "0-46510720": enrollInSequence,
  "0-4702372": () => ({ summary: "Unenroll from the current sequence" }),
  "0-15": enrollInWorkflow
};

// server/workflows/describers/messages.ts
var sendMarketingEmail = (fields, ctx) => {
  const email3 = pick2(fields, ["content_id", "contentId", "email_id"]);
  return { summary: `Send marketing email ${email3 === void 0 ? brief("(no email chosen)") : idWords(ctx, "marketingEmail", email3)}` };
};
var internalEmail = (fields, ctx) => {
  const details = [];
  const to = recipients(fields, ctx);
  const subject = str(fields.subject);
  if (fields.body !== void 0) details.push(`Message: ${brief(fields.body)}`);
  return { summary: `Send internal email notification to ${to ?? "(no recipients)"}${subject ? `: ${subject}` : ""}`, details };
};
var inAppNotification = (fields, ctx) => {
  const details = [];
  const to = recipients(fields, ctx);
  const subject = str(fields.subject);
  if (fields.body !== void 0) details.push(`Message: ${brief(fields.body)}`);
  if (fields.delivery_method !== void 0) details.push(`Delivery: ${humanizeValue(brief(fields.delivery_method))}`);
  return { summary: `Send in-app notification to ${to ?? "(no recipients)"}${subject ? `: ${subject}` : ""}`, details };
};
var MESSAGE_DESCRIBERS = {
  "0-4": sendMarketingEmail,
  "0-8": internalEmail,
  "0-9": inAppNotification
};

// server/workflows/describers/records.ts
var setProperty = (fields, ctx) => {
  let name;
  let summary;
  const details = [];
  const property = str(pick2(fields, ["property_name", "propertyName", "property"]));
  const prop = property ? propertyWords(ctx, property) : humanizeProperty("a property");
  const v = fields.value;
  const inc = isObj(v) && (str(v.type)?.toUpperCase() === "INCREMENT" || v.incrementAmount !== void 0);
  if (inc) {
    name = variantNamed(ctx.catalog, ctx.actionTypeId, /increase or decrease/i);
    const amount = Number(v.incrementAmount);
    summary = Number.isFinite(amount) && amount < 0 ? `Decrease ${prop} by ${Math.abs(amount)}` : `Increase ${prop} by ${brief(v.incrementAmount)}`;
  } else if (v === void 0 || v === null || isObj(v) && str(v.type)?.toUpperCase() === "CLEAR") {
    summary = `Clear ${prop}`;
  } else {
    summary = `Set ${prop} to ${valueInWords(v, ctx, property ? { objectTypeId: ctx.objectTypeId, property } : void 0)}`;
  }
  if (isObj(fields.association)) {
    const assoc = fields.association;
    details.push(`On the associated record (${brief(assoc.associationCategory ?? "association")} type ${idWords(ctx, "associationType", assoc.associationTypeId)})`);
  }
  return { name, summary, details };
};
var createTask = (fields, ctx) => {
  const details = [];
  const subject = str(pick2(fields, ["subject", "title"]));
  const summary = subject ? `Create task: ${subject}` : "Create task";
  if (fields.task_type !== void 0) details.push(`Type: ${humanizeValue(brief(fields.task_type))}`);
  if (fields.priority !== void 0) details.push(`Priority: ${humanizeValue(brief(fields.priority))}`);
  const owner = pick2(fields, ["owner_assignment", "hubspot_owner_id", "owner"]);
  details.push(owner === void 0 ? "Assigned to: unassigned" : `Assigned to: ${isObj(owner) ? brief(owner) : idWords(ctx, "owner", owner)}`);
  if (fields.body !== void 0) details.push(`Notes: ${brief(fields.body)}`);
  details.push(...associationDetails(fields.associations, ctx));
  return { summary, details };
};
var createRecord = (fields, ctx) => {
  const details = [];
  const obj = str(fields.object_type_id);
  const singular = objectSingular(obj, ctx.catalog);
  const target = { ...ctx, objectTypeId: obj ?? "" };
  const props = arr(fields.properties).filter(isObj);
  const valueOf = (p) => {
    const property = str(p.targetProperty);
    const to = property ? { objectTypeId: target.objectTypeId, property } : void 0;
    if (isObj(p.value) && p.value.staticValue !== void 0) {
      const id2 = str(p.value.staticValue);
      const shown = brief(p.value.staticValue);
      return to && id2 ? ctx.names.name(valueReference(to.objectTypeId, to.property, id2), shown) : shown;
    }
    return valueInWords(p.value, ctx, to);
  };
  const titleProp = props.find((p) => ["dealname", "subject", "name", "hs_ticket_name", "firstname", "email", "hs_lead_name"].includes(String(p.targetProperty)));
  const summary = titleProp ? `Create ${singular}: ${valueOf(titleProp)}` : `Create ${singular}`;
  if (props.length) details.push(`Sets ${props.map((p) => `${str(p.targetProperty) ? propertyWords(target, str(p.targetProperty), target.objectTypeId, humanizeProperty(brief(p.targetProperty))) : humanizeProperty(brief(p.targetProperty))} = ${valueOf(p)}`).join("; ")}`);
  details.push(...associationDetails(fields.associations, ctx));
  return { summary, details };
};
var createNote = (fields) => {
  const body = pick2(fields, ["note_body", "body", "hs_note_body"]);
  return { summary: body !== void 0 ? `Create note: ${brief(body)}` : "Create note" };
};
var setMarketingStatus = (fields) => {
  const status = pick2(fields, ["marketing_status", "status", "targetStatus"]);
  return { summary: status !== void 0 ? `Set marketing contact status to ${humanizeValue(brief(status))}` : "Set marketing contact status" };
};
var rotateOwner = (fields, ctx) => {
  const details = [];
  const to = recipients(fields, ctx);
  if (fields.overwrite_current_owner !== void 0) details.push(`Overwrite current owner: ${brief(fields.overwrite_current_owner)}`);
  return { summary: `Rotate record to owner${to ? ` among ${to}` : ""}`, details };
};
var RECORD_DESCRIBERS = {
  "0-5": setProperty,
  "0-3": createTask,
  "0-14": createRecord,
  "0-169425243": createNote,
  "0-18224765": () => ({ summary: "Delete the enrolled contact" }),
  "0-31": setMarketingStatus,
  "0-11": rotateOwner
};

// server/workflows/describers/index.ts
var ACTION_DESCRIBERS = {
  ...DELAY_DESCRIBERS,
  ...MESSAGE_DESCRIBERS,
  ...RECORD_DESCRIBERS,
  ...ENROLLMENT_DESCRIBERS
};
function describeSingle(a, ctx) {
  const id2 = str(a.actionTypeId) ?? "";
  const fields = isObj(a.fields) ? a.fields : {};
  const entry = ctx.catalog.action(id2);
  const name = entry?.name ?? `Unknown action ${id2 || "(no type id)"}`;
  const kind = entry ? "action" : "unknown";
  const describer = Object.prototype.hasOwnProperty.call(ACTION_DESCRIBERS, id2) ? ACTION_DESCRIBERS[id2] : void 0;
  let summary;
  const details = [];
  let variant;
  if (describer) {
    const actionCtx = { ...ctx, actionTypeId: id2 };
    const words = describer(fields, actionCtx);
    summary = words.summary;
    details.push(...words.details ?? []);
    variant = words.name;
  } else {
    summary = entry ? entry.name : `Unknown action ${id2 || "(no type id)"}`;
    const g = genericFields(fields);
    if (g.length) {
      if (entry) summary += `: ${g.slice(0, 2).join(", ")}`;
      details.push(...g);
    }
  }
  if (id2 && !entry && kind === "unknown" && !summary.startsWith("Unknown")) summary = `Unknown action ${id2}: ${summary}`;
  return { name: variant ?? name, summary, details, kind };
}

// server/workflows/actions.ts
function structureOf(a) {
  const t = str(a.type)?.toUpperCase();
  const known = ["SINGLE_CONNECTION", "STATIC_BRANCH", "LIST_BRANCH", "AB_TEST_BRANCH", "CUSTOM_CODE", "WEBHOOK"];
  if (t && known.includes(t)) return t;
  if (Array.isArray(a.staticBranches)) return "STATIC_BRANCH";
  if (Array.isArray(a.listBranches)) return "LIST_BRANCH";
  if (Array.isArray(a.testBranches)) return "AB_TEST_BRANCH";
  if (typeof a.sourceCode === "string" || typeof a.runtime === "string") return "CUSTOM_CODE";
  if (typeof a.webhookUrl === "string") return "WEBHOOK";
  if (str(a.actionTypeId)) return "SINGLE_CONNECTION";
  return "UNKNOWN";
}
function readConnection(c) {
  if (!isObj(c)) return null;
  const target = str(c.nextActionId);
  if (!target) return null;
  const et = str(c.edgeType)?.toUpperCase().replace(/[-_]/g, "");
  return { edgeType: et === "GOTO" ? "GOTO" : "STANDARD", target };
}
function edgesOf(a) {
  const s = structureOf(a);
  if (s === "STATIC_BRANCH" || s === "LIST_BRANCH" || s === "AB_TEST_BRANCH") {
    const out = [];
    branchSpecs(a, contextFor(getSeedCatalog())).forEach((b, i) => {
      if (b.connection) out.push({ source: "branch", branchIndex: i, isDefault: b.isDefault, ...b.connection });
    });
    return out;
  }
  const c = readConnection(a.connection);
  return c ? [{ source: "next", ...c }] : [];
}
function inputValueLabel(v, ctx) {
  if (!isObj(v)) return "a value";
  if (v.propertyName !== void 0 && v.eventTypeId === void 0 && str(v.type)?.toUpperCase() !== "ENROLLMENT_EVENT_PROPERTY") {
    const property = str(v.propertyName);
    return property ? propertyWords(ctx, property, ctx.objectTypeId, humanizeProperty(brief(v.propertyName))) : humanizeProperty(brief(v.propertyName));
  }
  if (v.propertyName !== void 0) return humanizeProperty(brief(v.propertyName));
  if (v.actionId !== void 0 && v.dataKey !== void 0) return `output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  if (v.staticValue !== void 0) return `the value ${brief(v.staticValue)}`;
  if (v.eventTypeId !== void 0 || str(v.type)?.toUpperCase() === "ENROLLMENT_EVENT_PROPERTY") {
    return `${brief(v.propertyName ?? v.enrollmentEventPropertyName ?? "a property")} of the enrollment event${v.eventTypeId ? ` ${eventLabel(str(v.eventTypeId), ctx.catalog)}` : ""}`;
  }
  return brief(v);
}
function branchSpecs(a, ctx) {
  const s = structureOf(a);
  const specs = [];
  if (s === "STATIC_BRANCH") {
    const label = inputValueLabel(a.inputValue, ctx);
    const onProperty = isObj(a.inputValue) && a.inputValue.eventTypeId === void 0 ? str(a.inputValue.propertyName) : void 0;
    const valueWords = (value) => {
      const shown = humanizeValue(brief(value));
      const id2 = str(value);
      return onProperty && id2 ? ctx.names.name(valueReference(ctx.objectTypeId, onProperty, id2), shown) : shown;
    };
    for (const b of arr(a.staticBranches)) {
      if (!isObj(b)) continue;
      specs.push({ label: `${label} is ${valueWords(b.branchValue)}`, isDefault: false, connection: readConnection(b.connection) });
    }
  } else if (s === "LIST_BRANCH") {
    arr(a.listBranches).forEach((b, i) => {
      if (!isObj(b)) return;
      const cond = describeFilterBranch(b.filterBranch, ctx.catalog, 0, [], ctx);
      const name = str(b.branchName) ?? `Branch ${i + 1}`;
      specs.push({ label: `${name} (${cond && cond !== "no criteria" ? cond : "no filters set"})`, isDefault: false, connection: readConnection(b.connection) });
    });
  } else if (s === "AB_TEST_BRANCH") {
    arr(a.testBranches).forEach((b, i) => {
      if (!isObj(b)) return;
      const pct = typeof b.percentage === "number" ? `${b.percentage}%` : "share not set";
      specs.push({ label: `Path ${String.fromCharCode(65 + i % 26)} (${pct})`, isDefault: false, connection: readConnection(b.connection) });
    });
    return specs;
  }
  if (a.defaultBranch !== void 0 || a.defaultBranchName !== void 0) {
    const name = str(a.defaultBranchName);
    specs.push({ label: `Otherwise${name ? ` (${name})` : ""}`, isDefault: true, connection: readConnection(a.defaultBranch) });
  }
  return specs;
}
function describeAction(a, ctx) {
  const s = structureOf(a);
  switch (s) {
    case "SINGLE_CONNECTION":
      return describeSingle(a, ctx);
    case "STATIC_BRANCH":
      return { name: "Branch on a value", summary: `Branch on ${inputValueLabel(a.inputValue, ctx)}`, details: [], kind: "branch" };
    case "LIST_BRANCH":
      return { name: "Branch on filters", summary: `Branch on filters (${arr(a.listBranches).length} ${arr(a.listBranches).length === 1 ? "branch" : "branches"} and a default)`, details: [], kind: "branch" };
    case "AB_TEST_BRANCH": {
      const pcts = arr(a.testBranches).map((b) => isObj(b) && typeof b.percentage === "number" ? `${b.percentage}%` : "?");
      return { name: "A/B test split", summary: `Split records at random: ${pcts.join(" / ")}`, details: [], kind: "branch" };
    }
    case "CUSTOM_CODE": {
      const runtime = str(a.runtime) ?? "runtime not set";
      const outputs = arr(a.outputFields).map((o) => isObj(o) ? brief(o.name) : brief(o));
      const secrets = arr(a.secretNames).length;
      const details = [];
      if (outputs.length) details.push(`Outputs: ${listOf(outputs)}`);
      if (secrets) details.push(`Uses ${secrets} secret${secrets === 1 ? "" : "s"}`);
      return { name: "Custom code", summary: `Custom code (${runtime})`, details, kind: "custom-code" };
    }
    case "WEBHOOK": {
      const method = str(a.method)?.toUpperCase() ?? "POST";
      return { name: "Send a webhook", summary: `${method} ${str(a.webhookUrl) ?? "(no URL)"}`, details: [], kind: "webhook" };
    }
    default:
      return {
        name: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ""}`,
        summary: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ""} (not described by this app)`,
        details: genericFields(a).slice(0, 3),
        kind: "unknown"
      };
  }
}

// server/workflows/trigger.ts
function decodeTrigger(criteria, catalog, ctx = contextFor(catalog)) {
  const base = {
    type: "NONE",
    summary: "No enrollment trigger is set: records enter only when enrolled by hand or through the API.",
    lines: [],
    lead: "Enrolls when:",
    reEnrollment: false,
    reEnrollmentSummary: "Re-enrollment is off.",
    reEnrollmentLines: [],
    reEnrollmentLead: "Re-enrollment is on when:",
    unenrollWhenNotMeetingCriteria: false
  };
  if (!isObj(criteria)) return base;
  if (!str(criteria.type)) return base;
  const type = str(criteria.type).toUpperCase();
  const t = { ...base, type, reEnrollment: criteria.shouldReEnroll === true };
  t.unenrollWhenNotMeetingCriteria = criteria.unEnrollObjectsNotMeetingCriteria === true;
  if (type === "EVENT_BASED") {
    const events = arr(criteria.eventFilterBranches);
    const parts = [];
    if (events.length > 1) t.lines.push({ depth: 0, text: "Any of these events (OR):" });
    for (const e of events) parts.push(describeFilterBranch(e, catalog, events.length > 1 ? 1 : 0, t.lines, ctx));
    let summary = parts.length ? `Enrolls when: ${parts.join(" OR ")}` : "Event-based trigger with no events configured.";
    const memberships = arr(criteria.listMembershipFilterBranches);
    if (memberships.length) {
      t.lines.push({ depth: 0, text: "Or on segment membership:" });
      const m = memberships.map((b) => describeFilterBranch(b, catalog, 1, t.lines, ctx));
      summary += `${parts.length ? " OR " : ""}segment membership: ${m.join(" OR ")}`;
    }
    if (isObj(criteria.refinementCriteria)) {
      t.lines.push({ depth: 0, text: "Only if:" });
      const r = describeFilterBranch(criteria.refinementCriteria, catalog, 1, t.lines, ctx);
      if (r) summary += `, only if ${r}`;
    }
    t.summary = summary;
    t.reEnrollmentSummary = t.reEnrollment ? "Re-enrollment is on: a record re-enrolls each time the trigger event happens." : "Re-enrollment is off.";
  } else if (type === "LIST_BASED") {
    t.lead = "Enrolls when the record meets:";
    const text = describeFilterBranch(criteria.listFilterBranch, catalog, 0, t.lines, ctx);
    t.summary = text && text !== "no criteria" ? `Enrolls when the record meets: ${text}` : "Filter-based trigger with no filters configured.";
    const triggers = arr(criteria.reEnrollmentTriggersFilterBranches);
    if (t.reEnrollment) {
      const parts = triggers.map((b) => describeFilterBranch(b, catalog, 0, t.reEnrollmentLines, ctx));
      t.reEnrollmentSummary = parts.length ? `Re-enrollment is on when: ${parts.join(" OR ")}` : "Re-enrollment is on (no re-enrollment triggers selected).";
    } else {
      t.reEnrollmentSummary = "Re-enrollment is off.";
    }
    if (t.unenrollWhenNotMeetingCriteria) t.lines.push({ depth: 0, text: "Records that stop meeting the criteria are unenrolled." });
  } else if (type === "MANUAL") {
    t.summary = "Manual enrollment only: records are enrolled by hand or through the API.";
    t.reEnrollmentSummary = t.reEnrollment ? "Re-enrollment is on." : "Re-enrollment is off.";
  } else if (type === "DATASET") {
    t.summary = `Enrolls the records of dataset ${brief(criteria.datasetId)}${criteria.subviewId ? ` (view ${brief(criteria.subviewId)})` : ""}.`;
    t.reEnrollmentSummary = t.reEnrollment ? "Re-enrollment is on." : "Re-enrollment is off.";
  } else {
    t.summary = `Enrollment type ${type} (not described by this app).`;
    t.reEnrollmentSummary = t.reEnrollment ? "Re-enrollment is on." : "Re-enrollment is off.";
  }
  return t;
}

// server/workflows/decode.ts
var capitalize = (t) => t.charAt(0).toUpperCase() + t.slice(1);
function findBackEdges(start, byId) {
  const back = /* @__PURE__ */ new Set();
  const color = /* @__PURE__ */ new Map();
  const stack = [];
  const push = (id2) => {
    color.set(id2, 1);
    stack.push({ id: id2, targets: edgesOf(byId.get(id2)).map((e) => e.target), i: 0 });
  };
  if (!byId.has(start)) return back;
  push(start);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.targets.length) {
      color.set(top.id, 2);
      stack.pop();
      continue;
    }
    const t = top.targets[top.i++];
    if (!byId.has(t)) continue;
    const c = color.get(t);
    if (c === 1) back.add(`${top.id}->${t}`);
    else if (c === void 0) push(t);
  }
  return back;
}
function decodeFlow(flow2, catalog = getSeedCatalog(), names = ID_AS_IS) {
  return decodeWith(flow2, catalog, recordingNames(names));
}
function decodeWith(flow2, catalog, names) {
  const objectTypeId = str(flow2.objectTypeId) ?? "";
  const ctx = contextFor(catalog, objectTypeId, names);
  const problems = [];
  const byId = /* @__PURE__ */ new Map();
  const allIds = [];
  arr(flow2.actions).forEach((raw, index) => {
    const id2 = isObj(raw) ? str(raw.actionId) : void 0;
    if (!isObj(raw) || !id2) {
      problems.push({ code: "MALFORMED_ACTION", message: `Action #${index + 1} in the list has no actionId and cannot be placed in the workflow.` });
      return;
    }
    if (byId.has(id2)) {
      problems.push({ code: "DUPLICATE_ACTION_ID", message: `Two actions share the id ${id2}; only the first is shown.`, actionId: id2 });
      return;
    }
    byId.set(id2, raw);
    allIds.push(id2);
  });
  const name = (id2) => {
    const a = byId.get(id2);
    return a ? describeAction(a, ctx).name : void 0;
  };
  const start = str(flow2.startActionId);
  const visited = /* @__PURE__ */ new Set();
  const executionOrder = [];
  const deferred = [];
  const backEdges = start ? findBackEdges(start, byId) : /* @__PURE__ */ new Set();
  const reported = /* @__PURE__ */ new Set();
  const report = (p) => {
    const key = `${p.code}:${p.message}`;
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(p);
    }
  };
  const jumps = [];
  const edgeJump = (from, target, edgeType, set) => {
    jumps.push({ from, target, edgeType, cycle: backEdges.has(`${from}->${target}`), set });
  };
  const walk = (first, from, edgeType, setJump) => {
    const steps2 = [];
    let cur = first;
    let prev = from;
    let et = edgeType;
    while (cur !== null) {
      if (!byId.has(cur) || visited.has(cur) || et === "GOTO") {
        if (et === "GOTO" && byId.has(cur) && !visited.has(cur)) deferred.push(cur);
        if (prev !== null) edgeJump(prev, cur, et, setJump);
        return steps2;
      }
      const a = byId.get(cur);
      visited.add(cur);
      executionOrder.push(cur);
      const d = describeAction(a, ctx);
      const step = { actionId: cur, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches: [], jump: null, order: executionOrder.length };
      steps2.push(step);
      const s = structureOf(a);
      if (s === "STATIC_BRANCH" || s === "LIST_BRANCH" || s === "AB_TEST_BRANCH") {
        for (const spec of branchSpecs(a, ctx)) {
          const branch = {
            label: spec.label,
            isDefault: spec.isDefault,
            targetActionId: spec.connection?.target ?? null,
            edgeType: spec.connection?.edgeType ?? null,
            steps: [],
            jump: null
          };
          if (spec.connection) branch.steps = walk(spec.connection.target, cur, spec.connection.edgeType, (words) => branch.jump = words);
          step.branches.push(branch);
        }
        return steps2;
      }
      const c = readConnection(a.connection);
      if (!c) return steps2;
      if (c.edgeType === "GOTO" || !byId.has(c.target) || visited.has(c.target)) {
        if (c.edgeType === "GOTO" && byId.has(c.target) && !visited.has(c.target)) deferred.push(c.target);
        edgeJump(cur, c.target, c.edgeType, (words) => step.jump = words);
        return steps2;
      }
      prev = cur;
      cur = c.target;
      et = c.edgeType;
    }
    return steps2;
  };
  let steps = [];
  if (!start) {
    if (allIds.length) report({ code: "MISSING_START", message: "The workflow has actions but no start action (startActionId), so none of them run." });
  } else if (!byId.has(start)) {
    if (allIds.length || arr(flow2.actions).length) report({ code: "DANGLING_START", message: `The start action ${start} does not exist in this workflow.`, actionId: start });
  } else {
    steps = walk(start, null, "STANDARD", () => void 0);
    while (deferred.length) {
      const next = deferred.shift();
      if (!visited.has(next)) steps.push(...walk(next, null, "STANDARD", () => void 0));
    }
  }
  const orderOf = new Map(executionOrder.map((id2, i) => [id2, i + 1]));
  const stepWords = (id2) => `step ${orderOf.get(id2)} (${name(id2)})`;
  for (const j of jumps) {
    if (!byId.has(j.target)) {
      report({ code: "DANGLING_EDGE", message: `${capitalize(stepWords(j.from))} points to an action that does not exist in this workflow (id ${j.target}).`, actionId: j.from });
      j.set(`Go to a missing action (id ${j.target})`);
    } else if (j.cycle) {
      report({ code: "CYCLE", message: `${capitalize(stepWords(j.from))} leads back to ${stepWords(j.target)}: the workflow loops.`, actionId: j.from });
      j.set(`Back to step ${orderOf.get(j.target)}: ${name(j.target)} (the workflow loops)`);
    } else {
      j.set(`${j.edgeType === "GOTO" ? "Go to" : "Continue at"} step ${orderOf.get(j.target)}: ${name(j.target)}`);
    }
  }
  const offPathJump = (target) => orderOf.has(target) ? `Go to step ${orderOf.get(target)}: ${name(target)}` : byId.has(target) ? `Go to ${name(target)} (also never runs)` : `Go to a missing action (id ${target})`;
  const unreachable = [];
  for (const id2 of allIds) {
    if (visited.has(id2)) continue;
    const a = byId.get(id2);
    const d = describeAction(a, ctx);
    const branches = branchSpecs(a, ctx).map((b) => ({
      label: b.label,
      isDefault: b.isDefault,
      targetActionId: b.connection?.target ?? null,
      edgeType: b.connection?.edgeType ?? null,
      steps: [],
      jump: b.connection ? offPathJump(b.connection.target) : null
    }));
    const c = readConnection(a.connection);
    unreachable.push({ actionId: id2, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches, jump: c ? offPathJump(c.target) : null, order: 0 });
  }
  if (unreachable.length && start && byId.has(start)) {
    const n = unreachable.length;
    report({
      code: "UNREACHABLE",
      message: `${n === 1 ? "1 action never runs" : `${n} actions never run`}: nothing leads to ${n === 1 ? "it" : "them"} from the start (${listOf(unreachable.map((u) => `"${u.summary}"`), 10)}).`
    });
  }
  return {
    flowId: str(flow2.id) ?? "",
    name: str(flow2.name) ?? "(unnamed workflow)",
    isEnabled: flow2.isEnabled === true,
    objectTypeId,
    objectLabel: catalog.objectTypeName(objectTypeId) ?? (objectTypeId ? `Object ${objectTypeId}` : "Unknown object"),
    flowType: str(flow2.type) ?? null,
    trigger: decodeTrigger(flow2.enrollmentCriteria, catalog, ctx),
    steps,
    executionOrder,
    unreachable,
    problems,
    actionCount: allIds.length
  };
}
function flattenSteps(steps, depth = 0, out = []) {
  for (const step of steps) {
    out.push({ depth, step });
    for (const b of step.branches) flattenSteps(b.steps, depth + 1, out);
  }
  return out;
}

// server/runtime/record-properties.ts
var RECORD_ID_PROPERTY = "hs_object_id";
function contactFromPropertiesToSend(deps, contactId, properties) {
  const sent = deps.propertiesToSend;
  if (!sent || sent[RECORD_ID_PROPERTY] !== contactId) return null;
  if (!properties.every((p) => Object.prototype.hasOwnProperty.call(sent, p))) return null;
  return { id: contactId, properties: Object.fromEntries(properties.map((p) => [p, sent[p]])) };
}
async function contactProperties(deps, contactId, properties) {
  return contactFromPropertiesToSend(deps, contactId, properties) ?? deps.hubspot.contacts.get({ contactId, properties: [...properties] });
}

// server/workflows/enrollability.ts
var CONTACT_OBJECT_TYPE = "0-1";
var NO_EMAIL_REASON = "This contact has no email address, and HubSpot enrolls contacts in workflows by email. Add an email first.";
function refusalFor2(f) {
  const name = `"${f.name}"`;
  if (f.objectTypeId !== CONTACT_OBJECT_TYPE) {
    const what = f.objectTypeId === "0-3" ? "deals" : f.objectTypeId === "0-2" ? "companies" : f.objectTypeId === "0-5" ? "tickets" : `records of object type ${f.objectTypeId}`;
    return { code: "NOT_CONTACT_BASED", reason: `${name} enrolls ${what}, not contacts: a contact cannot be enrolled in it.` };
  }
  if (!f.isEnabled) return { code: "WORKFLOW_OFF", reason: `${name} is turned off. Turn it on in HubSpot before enrolling contacts.` };
  if (!f.legacyWorkflowId) {
    return {
      code: "NOT_FOUND",
      reason: `${name} has no legacy workflow id, and HubSpot's public API can only enroll contacts in workflows that have one (v4 has no enroll endpoint). Enroll the contact from the workflow in HubSpot instead.`
    };
  }
  if (f.isMember === true) return { code: "ALREADY_ENROLLED", reason: `This contact is already in ${name}.` };
  if (f.hasEmail === false) return { code: "NO_EMAIL", reason: NO_EMAIL_REASON };
  return null;
}
function enrollmentFor(f) {
  const refusal = refusalFor2(f);
  return refusal ? { isMember: f.isMember === true, canEnroll: false, reason: refusal.reason } : { isMember: f.isMember === true, canEnroll: true };
}

// server/workflows/warnings.ts
var ENROLL_IN_SEQUENCE = "0-46510720";
var UNENROLL_FROM_SEQUENCE = "0-4702372";
var SEND_MARKETING_EMAIL = "0-4";
var WARNING_PROPERTIES = ["hs_email_optout"];
function reachableTypes(workflow) {
  return new Set(flattenSteps(workflow.steps).flatMap(({ step }) => step.actionTypeId ? [step.actionTypeId] : []));
}
function needsSequenceEnrollment(workflow) {
  const types = reachableTypes(workflow);
  return types.has(ENROLL_IN_SEQUENCE) || types.has(UNENROLL_FROM_SEQUENCE);
}
function workflowWarnings(workflow, contact2) {
  const types = reachableTypes(workflow);
  const warnings = [];
  const seq = contact2.sequence;
  const seqName = seq ? seq.sequenceName?.trim() ? `"${seq.sequenceName.trim()}"` : `sequence ${seq.sequenceId}` : "";
  if (seq && types.has(ENROLL_IN_SEQUENCE)) {
    warnings.push(`This workflow enrolls the contact in a sequence, but they are already in ${seqName}. HubSpot allows one active sequence per contact, so that step will fail.`);
  }
  if (seq && types.has(UNENROLL_FROM_SEQUENCE)) {
    warnings.push(`This workflow unenrolls the contact from sequences: it will stop ${seqName}, which they are in now.`);
  }
  if (contact2.optedOut && types.has(SEND_MARKETING_EMAIL)) {
    warnings.push("This workflow sends marketing email, but this contact has opted out of email: HubSpot will not send it to them.");
  }
  return warnings;
}

// server/workflows/for-contact.ts
var CONTACT_PROPERTIES = ["email", ...WARNING_PROPERTIES];
async function readContact(deps, contactId) {
  try {
    const [memberships, contact2] = await Promise.all([deps.hubspot.legacyWorkflows.listForContact({ contactId }), contactProperties(deps, contactId, CONTACT_PROPERTIES)]);
    return { contactId, memberships, properties: contact2.properties };
  } catch (err) {
    if (err instanceof NotFoundError) throw new FunctionFailure("NOT_FOUND", `Contact ${contactId} does not exist (any more) in this HubSpot account.`, { details: { contactId } });
    throw err;
  }
}
var SEQUENCE_CHECK_FAILED = "Could not check whether this contact is in a sequence (HubSpot did not answer), so conflicts with sequences are not shown.";
async function forContact(deps, workflow, legacyWorkflowId, reads) {
  const facts = { optedOut: reads.properties.hs_email_optout?.trim().toLowerCase() === "true", sequence: void 0 };
  let sequenceCheckFailed = false;
  if (needsSequenceEnrollment(workflow)) {
    try {
      facts.sequence = await deps.hubspot.sequences.getContactEnrollment({ contactId: reads.contactId });
    } catch {
      sequenceCheckFailed = true;
    }
  }
  const warnings = workflowWarnings(workflow, facts);
  if (sequenceCheckFailed) warnings.push(SEQUENCE_CHECK_FAILED);
  const enrollment = enrollmentFor({
    name: workflow.name,
    objectTypeId: workflow.objectTypeId,
    isEnabled: workflow.isEnabled,
    legacyWorkflowId,
    isMember: legacyWorkflowId !== null && reads.memberships.some((m) => m.id === legacyWorkflowId),
    hasEmail: Boolean(reads.properties.email?.trim())
  });
  return { warnings, enrollment };
}

// server/workflows/legacy-only.ts
var STEPS_UNAVAILABLE = "This app can't read this workflow's steps (HubSpot shares them only in an older format), so they aren't shown here. Open the workflow in HubSpot to see them.";
var STEPS_NOT_CHECKED = "This workflow's steps could not be checked for conflicts with this contact's sequences or email settings.";
var UNKNOWN_TRIGGER = {
  type: "UNKNOWN",
  summary: "This app can't read this workflow's enrollment trigger.",
  lead: "",
  lines: [],
  reEnrollment: false,
  reEnrollmentSummary: "",
  reEnrollmentLines: [],
  reEnrollmentLead: "",
  unenrollWhenNotMeetingCriteria: false
};
var legacyName = (w) => w.name?.trim() || `Workflow ${w.id}`;
function legacyFacts(w, isMember, hasEmail) {
  return { name: legacyName(w), objectTypeId: CONTACT_OBJECT_TYPE, isEnabled: w.enabled === true, legacyWorkflowId: w.id, isMember, hasEmail };
}
async function legacyOnlyDetails(deps, legacyWorkflowId, reads) {
  const w = await deps.hubspot.legacyWorkflows.get({ workflowId: legacyWorkflowId });
  const details = {
    flowId: null,
    legacyWorkflowId,
    name: legacyName(w),
    isEnabled: w.enabled === true,
    objectTypeId: CONTACT_OBJECT_TYPE,
    objectLabel: "Contacts",
    flowType: null,
    trigger: UNKNOWN_TRIGGER,
    steps: [],
    executionOrder: [],
    unreachable: [],
    problems: [],
    actionCount: 0,
    stepsUnavailable: STEPS_UNAVAILABLE
  };
  if (reads) {
    const isMember = reads.memberships.some((m) => m.id === legacyWorkflowId);
    details.enrollment = enrollmentFor(legacyFacts(w, isMember, Boolean(reads.properties.email?.trim())));
    details.warnings = [STEPS_NOT_CHECKED];
  }
  return details;
}

// server/functions/get-workflow.ts
var getWorkflowInput = object({
  flowId: optional(hubspotId("flowId")),
  legacyWorkflowId: optional(hubspotId("legacyWorkflowId")),
  contactId: optional(hubspotId("contactId")),
  userId: optional(hubspotId("userId"))
}).check(refine((i) => i.flowId === void 0 !== (i.legacyWorkflowId === void 0), { message: "give exactly one of flowId and legacyWorkflowId" }));
async function getWorkflow(input, deps) {
  const { contactId } = input;
  const hs = deps.hubspot;
  const contactReads = () => contactId ? readContact(deps, contactId) : Promise.resolve(null);
  let flow2;
  let legacyWorkflowId;
  let reads;
  try {
    if (input.flowId) {
      const flowId = input.flowId;
      let mappings;
      [flow2, mappings, reads] = await Promise.all([hs.workflows.get({ flowId }), hs.workflows.mapIds({ flowIds: [flowId] }), contactReads()]);
      legacyWorkflowId = mappings.find((m) => m.flowId === flowId)?.workflowId ?? null;
    } else {
      legacyWorkflowId = input.legacyWorkflowId;
      const [mappings, r] = await Promise.all([hs.workflows.mapIds({ workflowIds: [legacyWorkflowId] }), contactReads()]);
      reads = r;
      const flowId = mappings.find((m) => m.workflowId === legacyWorkflowId)?.flowId;
      if (!flowId) return await legacyOnlyDetails(deps, legacyWorkflowId, reads);
      flow2 = await hs.workflows.get({ flowId });
    }
  } catch (err) {
    const shown = input.flowId ?? input.legacyWorkflowId;
    throw refusalFor(err, [{ match: (e) => e instanceof NotFoundError, code: "NOT_FOUND", message: () => `Workflow ${shown} does not exist (any more) in this HubSpot account.` }]) ?? err;
  }
  const decoded = decodeFlow(flow2, getSeedCatalog());
  const details = { ...decoded, legacyWorkflowId };
  if (reads) Object.assign(details, await forContact(deps, decoded, legacyWorkflowId, reads));
  return details;
}
var main = defineFunction(getWorkflowInput, getWorkflow);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  getWorkflow,
  getWorkflowInput,
  main
});
