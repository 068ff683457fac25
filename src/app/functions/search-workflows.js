// Built from server/functions/search-workflows.ts by tools/build-functions.mjs. Do not edit: run npm run build.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// server/functions/search-workflows.ts
var search_workflows_exports = {};
__export(search_workflows_exports, {
  main: () => main,
  searchWorkflows: () => searchWorkflows,
  searchWorkflowsInput: () => searchWorkflowsInput
});
module.exports = __toCommonJS(search_workflows_exports);

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter, this._value = void 0;
  }
  get value() {
    let getter = this._getter;
    return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source) {
  let start = source.startsWith("^") ? 1 : 0, end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === !1)
    return !1;
  let ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function")
    return !0;
  let prot = ctor.prototype;
  return !(isObject(prot) === !1 || Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === !1);
}
function clone(inst, def, params) {
  let cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  let params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    return (_a2 = iss).path ?? (_a2.path = []), iss.path.unshift(path), iss;
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  let caps = [];
  for (let ch of defChecks ?? []) {
    let d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    let max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++)
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  let traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a2 = iss).schema ?? (_a2.schema = iss.inst) : iss.schema = iss.inst);
  let schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (let k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message, ctx?.reportInput && (full.input = iss.input), full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  let units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++)
    (str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320 && (count--, i++);
  return count;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function members(proto, table) {
  for (let key in table) {
    let desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  let proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing, broke = !1, breaker = {
  configurable: !0,
  get() {
    broke = !0;
  }
};
function defineLazyInternal(inst, key, compute) {
  let proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      let outer = broke;
      broke = !1;
      try {
        let value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  let proto = claim(inst, key);
  proto && Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      let desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: !1 }, _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  let E = _E;
  if (E) {
    let saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
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
  let zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  let protoMembers = proto, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name), initializer2(inst, def), initialized) {
      let own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype, up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      let target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    let proto2 = _.prototype;
    for (let k in proto2)
      Object.prototype.hasOwnProperty.call(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  let Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    let inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    let deferred = inst._zod.deferred;
    if (deferred) {
      for (let fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    let pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)
  }), Object.defineProperty(_, "name", { value: name }), _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
  }
}, $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`), this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  return newConfig && Object.assign(globalConfig, newConfig), globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  let internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: !0,
  configurable: !0
}, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
  inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
  let proto = Object.getPrototypeOf(inst);
  _installedToString.has(proto) || (_installedToString.add(proto), Object.defineProperty(proto, "toString", {
    configurable: !0,
    enumerable: !1,
    get() {
      let value = () => this.message;
      return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
    },
    set(value) {
      Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
    }
  }));
}, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  let fn = (schema, value, _ctx, _params) => {
    let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      throw new $ZodAsyncError();
    if (result.issues.length) {
      let e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw captureStackTrace(e, _params?.callee ?? fn), e;
    }
    return result.value;
  };
  return fn;
}, parse = /* @__PURE__ */ _parse($ZodRealError), _parseAsync = (_Err) => {
  let fn = async (schema, value, _ctx, params) => {
    let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise && (result = await result), result.issues.length) {
      let e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      throw captureStackTrace(e, params?.callee ?? fn), e;
    }
    return result.value;
  };
  return fn;
}, parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError), _safeParse = (_Err) => (schema, value, _ctx) => {
  let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    throw new $ZodAsyncError();
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
}, safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: !1,
    get error() {
      return error || (error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error;
    },
    set error(e) {
      error = e, issues = void 0, ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
  return result instanceof Promise && (result = await result), result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
}, safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/, boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  let val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def), (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength), inst._zod.check = (payload) => {
    let input = payload.value, units = input.length;
    if ((typeof input == "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum)
      return;
    let origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: !0,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def), def.pattern ? (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
    def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: def.format,
      input: payload.value,
      ...def.pattern ? { pattern: def.pattern.toString() } : {},
      inst,
      continue: !def.abort
    });
  }) : (_b = inst._zod).check ?? (_b.check = () => {
  });
}), $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def), inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
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
  $ZodCheck.init(inst, def), inst._zod.check = (payload) => {
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
  inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
  let defChecks = inst._zod.def.checks, checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (let ch of checks)
    for (let fn of ch._zod.onattach)
      fn(inst);
  if (checks.length === 0)
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []), inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  else {
    let runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload), asyncResult;
      for (let ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
            continue;
        } else if (isAborted)
          continue;
        let currLen = payload.issues.length, _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === !1)
          throw new $ZodAsyncError();
        if (asyncResult || _ instanceof Promise)
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
          });
        else {
          if (payload.issues.length === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
        }
      }
      return asyncResult ? asyncResult.then(() => payload) : payload;
    }, handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary))
        return canary.aborted = !0, canary;
      let checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === !1)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks)
        return inst._zod.parse(payload, ctx);
      if (ctx.direction === "backward") {
        let canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
        return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
      }
      let result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === !1)
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
}), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  let ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      let ctx = { async: !1 };
      try {
        let r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch {
      }
    return typeof payload.value == "string" || payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    }), payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch {
      }
    let input = payload.value;
    if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
      return payload;
    let received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
    return payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    }), payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.pattern = boolean, inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = !!payload.value;
      } catch {
      }
    let input = payload.value;
    return typeof input == "boolean" || payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    }), payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.parse = (payload) => payload;
}), $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.parse = (payload, _ctx) => (payload.issues.push({
    expected: "never",
    code: "invalid_type",
    input: payload.value,
    inst
  }), payload);
});
function capSize(inst, size) {
  let caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  let cap = Math.min(...caps.map((c) => c[0])), parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    let n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (let [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          let start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  let memo = globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    let input = payload.value;
    if (!Array.isArray(input))
      return payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      }), payload;
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    let proms = [], abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      let item = input[i], result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise)
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      else if (handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))
        break;
    }
    return proms.length ? Promise.all(proms).then(() => payload) : payload;
  }, capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  let isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  let keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (let k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  let okeys = optionalKeys(def.shape);
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
  let unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout, seen = 0;
  for (let key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    let r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  let desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    let get = () => {
      let newSh = { ...sh };
      return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
    };
    get.raw = sh, Object.defineProperty(def, "shape", { get });
  }
  let _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    let shape = zod.def.shape, propValues = {};
    for (let key in shape) {
      let field = shape[key]._zod;
      if (field.values) {
        Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
        for (let v of field.values)
          propValues[key].add(v);
        field.optin !== void 0 && propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  let isObject2 = isObject, catchall = def.catchall, value, memo = globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    let input = payload.value;
    if (!isObject2(input))
      return payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      }), payload;
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    let proms = [], shape = value.shape, abortEarly = ctx?.abortEarly, seen = payload.issues.length;
    for (let key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      let el = shape[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
      r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
    }
    return catchall ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (let result of results)
    if (result.issues.length === 0)
      return final.value = result.value, final;
  let nonaborted = results.filter((r) => !aborted(r));
  return nonaborted.length === 1 ? (final.value = nonaborted[0].value, nonaborted[0]) : (final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  }), final);
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0), defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0), defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values))
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
  }), defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      let patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
  });
  let first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first)
      return first(payload, ctx);
    let async = !1, results = [];
    for (let option of def.options) {
      let result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise)
        results.push(result), async = !0;
      else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    return async ? Promise.all(results).then((results2) => handleUnionResults(results2, payload, inst, ctx)) : handleUnionResults(results, payload, inst, ctx);
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  let memo = globalConfig.memoizer;
  memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
    let input = payload.value;
    if (!isPlainObject(input))
      return payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      }), payload;
    let proms = [], values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let recordKeys = /* @__PURE__ */ new Set();
      for (let key of values)
        if (typeof key == "string" || typeof key == "number" || typeof key == "symbol") {
          if (recordKeys.add(typeof key == "number" ? key.toString() : key), key === "__proto__")
            continue;
          let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise)
            throw new Error("Async schemas not supported in object keys currently");
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
          let outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          result instanceof Promise ? proms.push(result.then((result2) => {
            result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
          })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
        }
      let unrecognized;
      for (let key in input)
        if (!recordKeys.has(key))
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else
            unrecognized = unrecognized ?? [], unrecognized.push(key);
      unrecognized && unrecognized.length > 0 && payload.issues.push({
        code: "unrecognized_keys",
        input,
        inst,
        keys: unrecognized,
        continue: !0
      });
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (let key of Reflect.ownKeys(input)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise)
          throw new Error("Async schemas not supported in object keys currently");
        if (typeof key == "string" && number.test(key) && keyResult.issues.length) {
          let retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise)
            throw new Error("Async schemas not supported in object keys currently");
          retryResult.issues.length === 0 && (keyResult = retryResult);
        }
        if (keyResult.issues.length) {
          def.mode === "loose" ? payload.value[key] = input[key] : values ? (unrecognized = unrecognized ?? [], unrecognized.push(key)) : payload.issues.push({
            code: "invalid_key",
            origin: "record",
            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
            input: key,
            path: [key],
            inst
          });
          continue;
        }
        let outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        result instanceof Promise ? proms.push(result.then((result2) => {
          result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
        })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
      }
      unrecognized && unrecognized.length > 0 && payload.issues.push({
        code: "unrecognized_keys",
        input,
        inst,
        keys: unrecognized,
        continue: !0
      });
    }
    return proms.length ? Promise.all(proms).then(() => payload) : payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def), inst._zod.optin = "optional", globalConfig.memoizer?.guard(inst), inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward")
      throw new $ZodEncodeError(inst.constructor.name);
    let _out = def.transform(payload.value, payload);
    if (ctx.async)
      return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output2) => (payload.value = output2, payload));
    if (_out instanceof Promise)
      throw new $ZodAsyncError();
    return payload.value = _out, payload;
  };
});
function handleOptionalResult(payload, result) {
  return payload.value = result.issues.length ? void 0 : result.value, payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
    let values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  }), defineLazyInternal(inst, "pattern", (zod) => {
    let pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  }), inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      return result instanceof Promise ? result.then((result2) => handleOptionalResult(payload, result2)) : handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "pattern", (zod) => {
    let pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  }), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0), inst._zod.parse = (payload, ctx) => payload.value === null ? payload : def.innerType._zod.run(payload, ctx);
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout), defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues), inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      let right = def.out._zod.run(payload, ctx);
      return right instanceof Promise ? right.then((right2) => handlePipeResult(right2, def.in, ctx)) : handlePipeResult(right, def.in, ctx);
    }
    let left = def.in._zod.run(payload, ctx);
    return left instanceof Promise ? left.then((left2) => handlePipeResult(left2, def.out, ctx)) : handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  return left.issues.some((iss) => iss.code !== "unrecognized_keys") ? (left.aborted = !0, left) : next._zod.run({ value: left.value, issues: left.issues }, ctx);
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
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
  return new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
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

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def), inst.def = def, inst.type = def.type;
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
    let def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: !0 });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    return reg.add(this, meta2), this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
}), ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def), ZodMiniType.init(inst, def);
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
  $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  let def = {
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
  $ZodUnion.init(inst, def), ZodMiniType.init(inst, def);
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
  $ZodRecord.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  return !valueType || !valueType._zod ? new ZodMiniRecord({
    type: "record",
    keyType: /* @__PURE__ */ string2(),
    valueType: keyType,
    ...normalizeParams(valueType)
  }) : new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def), ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}

// server/hubspot/api-versions.ts
var SEQUENCES_API = "/automation/sequences/2026-09", WORKFLOWS_API = "/automation/v4", WORKFLOWS_BETA_API = "/automation/2026-09-beta", WORKFLOWS_LEGACY_V2_API = "/automation/v2/workflows", WORKFLOWS_LEGACY_V3_API = "/automation/v3/workflows", CONTACTS_API = "/crm/v3/objects/contacts";
var EMAIL_TEMPLATES_API = "/automation/email-templates/2026-09-beta";

// server/hubspot/endpoints.ts
var ENDPOINTS = {
  listSequences: { method: "GET", path: `${SEQUENCES_API}`, scope: "automation.sequences.read" },
  getSequence: { method: "GET", path: `${SEQUENCES_API}/{sequenceId}`, scope: "automation.sequences.read" },
  enrollInSequence: { method: "POST", path: `${SEQUENCES_API}/enrollments`, scope: "automation.sequences.enrollments.write" },
  getContactSequenceEnrollment: { method: "GET", path: `${SEQUENCES_API}/enrollments/contact/{contactId}`, scope: "automation.sequences.read" },
  /** Beta; optional scope: without it (403), or for a template gone (404), steps show the template id. */
  getEmailTemplate: { method: "GET", path: `${EMAIL_TEMPLATES_API}/{templateId}`, scope: "sales-templates-public-read", optionalScope: !0 },
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
    let value = params[key];
    if (value === void 0) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
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
    super(message, init.cause === void 0 ? void 0 : { cause: init.cause }), this.name = new.target.name;
    let { cause: _cause, ...fields } = init;
    Object.assign(this, fields);
  }
}, ValidationError = class extends HubSpotApiError {
}, ConflictError = class extends ValidationError {
}, AuthenticationError = class extends HubSpotApiError {
}, MissingScopesError = class extends HubSpotApiError {
}, PermissionDeniedError = class extends HubSpotApiError {
}, NotFoundError = class extends HubSpotApiError {
}, RateLimitError = class extends HubSpotApiError {
}, ServerError = class extends HubSpotApiError {
}, ConnectionError = class extends HubSpotApiError {
}, TimeoutError = class extends ConnectionError {
}, DeadlineExceededError = class extends HubSpotApiError {
}, OutcomeUnknownError = class extends HubSpotApiError {
}, UnexpectedResponseError = class extends HubSpotApiError {
};
function errorFromResponse(status, body, extra = {}) {
  let requiredScopes = collectRequiredScopes(body), reason = body?.subCategory ?? body?.errors?.find((e) => e.code || e.subCategory)?.code ?? body?.errors?.find((e) => e.subCategory)?.subCategory, init = {
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
  }, summary = `HubSpot answered ${status}${body?.category ? ` ${body.category}` : ""} for ${extra.method ?? ""} ${extra.path ?? ""}`.trim();
  return status === 401 ? new AuthenticationError(summary, init) : status === 403 ? body?.category === "MISSING_SCOPES" ? new MissingScopesError(summary, init) : new PermissionDeniedError(summary, init) : status === 404 ? new NotFoundError(summary, init) : status === 409 ? new ConflictError(summary, init) : status === 429 ? new RateLimitError(summary, init) : status >= 500 ? new ServerError(summary, init) : status >= 400 ? new ValidationError(summary, init) : new HubSpotApiError(summary, init);
}
function collectRequiredScopes(body) {
  let scopes = /* @__PURE__ */ new Set(), fromContext = (ctx) => {
    for (let key of ["requiredGranularScopes", "requiredScopes", "missingScopes"])
      for (let s of ctx?.[key] ?? []) scopes.add(s);
  };
  fromContext(body?.context);
  for (let e of body?.errors ?? []) fromContext(e.context);
  return [...scopes];
}

// server/hubspot/schemas.ts
var isoDate = string2(), idLike = union([string2(), number2()]), id = pipe(idLike, transform((v) => String(v))), paging = looseObject({
  next: optional(looseObject({ after: string2(), link: optional(string2()) }))
}), sequenceSummary = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate
}), sequencePage = looseObject({
  total: number2(),
  results: array(sequenceSummary),
  paging: optional(paging)
}), taskPattern = looseObject({
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
}), emailPattern = looseObject({
  id,
  templateId: id,
  threadEmailToStepOrder: optional(number2()),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
}), sequenceStep = looseObject({
  id,
  stepOrder: number2(),
  delayMillis: number2(),
  actionType: string2(),
  taskPattern: optional(taskPattern),
  emailPattern: optional(emailPattern),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
}), sequenceSettings = looseObject({
  eligibleFollowUpDays: optional(string2()),
  sendWindowStartMinute: optional(number2()),
  sendWindowEndMinute: optional(number2()),
  taskReminderMinute: optional(number2()),
  individualTaskRemindersEnabled: optional(boolean2()),
  sellingStrategy: optional(string2())
}), stepDependency = looseObject({
  id,
  dependencyType: string2(),
  reliesOnSequenceStepId: id,
  reliesOnStepOrder: number2(),
  requiredBySequenceStepId: id,
  requiredByStepOrder: number2()
}), sequence = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
  steps: array(sequenceStep),
  settings: optional(sequenceSettings),
  dependencies: array(stepDependency)
}), sequenceEnrollmentCreated = looseObject({
  id,
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
}), contactSequenceEnrollment = looseObject({
  id,
  sequenceId: id,
  sequenceName: string2(),
  enrolledBy: id,
  enrolledByEmail: string2(),
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
}), flowSummary = looseObject({
  id,
  name: optional(string2()),
  flowType: string2(),
  objectTypeId: string2(),
  isEnabled: boolean2(),
  revisionId: idLike,
  createdAt: isoDate,
  updatedAt: isoDate
}), flowPage = looseObject({
  results: array(flowSummary),
  paging: optional(paging)
}), flow = looseObject({
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
}), flowBatch = looseObject({
  status: string2(),
  results: array(flow),
  errors: optional(array(unknown()))
}), idMapping = looseObject({ flowId: id, workflowId: id }), idMappingBatch = looseObject({
  status: string2(),
  results: array(idMapping),
  errors: optional(array(unknown()))
}), legacyWorkflowMembership = looseObject({
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
}), legacyWorkflowMemberships = array(legacyWorkflowMembership), legacyWorkflowSummary = object({
  // z.object, not looseObject: the picker reads these four fields of up to 10,000 entries; the rest is dropped.
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
}), legacyWorkflowSummaries = array(legacyWorkflowSummary), legacyWorkflow = legacyWorkflowSummary, legacyWorkflowList = looseObject({ workflows: array(unknown()) }), actionTypeDefinition = looseObject({
  actionTypeId: string2(),
  actionName: optional(string2()),
  groupId: optional(string2()),
  objectTypeIds: optional(array(string2()))
}), actionTypePage = looseObject({ results: array(actionTypeDefinition) }), emailTemplate = looseObject({ id, name: optional(string2()) }), contact = looseObject({
  id,
  properties: record(string2(), nullable(optional(string2())))
}), errorBody = looseObject({
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
var BACKOFF_BASE_MS = 250, BACKOFF_CAP_MS = 2e3, MIN_ATTEMPT_MS = 150;
async function callWithResilience(attempt, opts, policy) {
  let lastError;
  for (let n = 1; n <= policy.maxAttempts; n++) {
    await policy.limiter.acquire(policy, lastError);
    let remaining = policy.deadlineAt - policy.now() - (opts.reserveMs ?? 0);
    if (remaining < MIN_ATTEMPT_MS) throw deadlineError(opts, lastError);
    let timeoutMs = Math.min(policy.attemptTimeoutMs, remaining), response;
    try {
      response = await withTimeout(attempt, timeoutMs);
    } catch (cause) {
      lastError = new (cause instanceof TimeoutError ? TimeoutError : ConnectionError)(`No answer from HubSpot for ${opts.method} ${opts.path}`, { method: opts.method, path: opts.path, cause });
      let outcome = await afterAmbiguousFailure(opts, lastError, n, policy, { mayStillLand: !0 });
      if (outcome.done) return outcome.value;
      continue;
    }
    if (response.status !== 429 && policy.limiter.observe(response.headers, policy.now()), response.status >= 200 && response.status < 300)
      try {
        return parseSuccess(response, opts);
      } catch (unreadable) {
        if (opts.idempotent || !opts.reconcile || !(unreadable instanceof HubSpotApiError)) throw unreadable;
        return await confirmWrite(opts, unreadable, { orElse: "unknown" });
      }
    if (opts.treatAsNull?.includes(response.status)) return null;
    let parsedError = safeParse(errorBody, response.body), error = errorFromResponse(response.status, parsedError.success ? parsedError.data : void 0, {
      method: opts.method,
      path: opts.path,
      retryAfterMs: retryAfterMs(response.headers),
      correlationIdHeader: response.headers["x-hubspot-correlation-id"]
    });
    if (lastError = error, error instanceof RateLimitError) {
      if (error.policyName === "DAILY") throw error;
      let wait = error.retryAfterMs ?? intervalMs(response.headers) ?? backoff(n, policy);
      if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
      await policy.sleep(wait);
      continue;
    }
    if (error instanceof ServerError) {
      let outcome = await afterAmbiguousFailure(opts, error, n, policy, { mayStillLand: response.status === 504 });
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
    let landed = await confirmWrite(opts, error, { orElse: mayStillLand ? "unknown" : "not-landed" });
    if (landed !== void 0) return { done: !0, value: landed };
  }
  if (attemptNumber >= policy.maxAttempts) throw error;
  let wait = backoff(attemptNumber, policy);
  if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
  return await policy.sleep(wait), { done: !1 };
}
async function confirmWrite(opts, error, { orElse }) {
  let unknown2 = (cause) => new OutcomeUnknownError(`HubSpot did not confirm whether ${opts.method} ${opts.path} went through`, {
    status: error.status,
    correlationId: error.correlationId ?? (cause instanceof HubSpotApiError ? cause.correlationId : void 0),
    method: opts.method,
    path: opts.path,
    cause
  }), landed;
  try {
    landed = await opts.reconcile();
  } catch (cause) {
    throw unknown2(cause);
  }
  if (landed !== void 0 || orElse === "not-landed") return landed;
  throw unknown2(error);
}
function parseSuccess(response, opts) {
  if (!opts.schema) return;
  let correlationId = response.headers["x-hubspot-correlation-id"];
  if (response.parseFailed)
    throw new UnexpectedResponseError(`HubSpot sent a body that is not JSON for ${opts.method} ${opts.path}`, { status: response.status, correlationId, method: opts.method, path: opts.path });
  let parsed = safeParse(opts.schema, response.body);
  if (!parsed.success) {
    let where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
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
  let value = headers["retry-after"];
  if (!value) return;
  let seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  let date2 = Date.parse(value);
  return Number.isFinite(date2) ? Math.max(0, date2 - Date.now()) : void 0;
}
function intervalMs(headers) {
  let v = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
  return Number.isFinite(v) && v > 0 ? Math.min(v, BACKOFF_CAP_MS) : void 0;
}
async function withTimeout(attempt, timeoutMs) {
  let controller = new AbortController(), timer, timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(), reject(new TimeoutError(`attempt timed out after ${timeoutMs} ms`));
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
      let now = policy.now();
      for (; this.starts.length && this.starts[0] <= now - this.windowMs; ) this.starts.shift();
      let waitWindow = this.starts.length >= this.perWindow ? this.starts[0] + this.windowMs - now : 0, wait = Math.max(waitWindow, this.blockedUntil - now);
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      if (now + wait + MIN_ATTEMPT_MS > policy.deadlineAt)
        throw new DeadlineExceededError("Time budget ran out waiting for the rate limit", { status: 429, correlationId: lastError?.correlationId });
      await policy.sleep(wait);
    }
  }
  observe(headers, now) {
    let remaining = Number(headers["x-hubspot-ratelimit-remaining"]), interval = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
    headers["x-hubspot-ratelimit-remaining"] !== void 0 && remaining <= 0 && interval > 0 && (this.blockedUntil = Math.max(this.blockedUntil, now + Math.min(interval, BACKOFF_CAP_MS)));
  }
};

// server/hubspot/client-state.ts
function createClientState() {
  let limiters = /* @__PURE__ */ new Map(), inFlight = /* @__PURE__ */ new Map();
  return {
    limiterFor(key, perWindow) {
      let limiter = limiters.get(key);
      return (!limiter || limiter.perWindow !== perWindow) && (limiter = new RateLimiter(perWindow), limiters.set(key, limiter)), limiter;
    },
    once(key, run) {
      let running = inFlight.get(key);
      if (running) return running;
      let p = run().finally(() => inFlight.delete(key));
      return inFlight.set(key, p), p;
    }
  };
}
var PROCESS_STATE = createClientState();

// server/hubspot/client.ts
var DEFAULT_ATTEMPT_TIMEOUT_MS = 4e3, DEFAULT_MAX_ATTEMPTS = 4, DEFAULT_REQUESTS_PER_10S = 90, RECONCILE_RESERVE_MS = 3500, BATCH_CHUNK = 100;
function createHubSpotClient(config2) {
  let baseUrl = config2.baseUrl.replace(/\/+$/, ""), doFetch = config2.fetch ?? fetch, now = config2.now ?? Date.now, state = config2.state ?? PROCESS_STATE, scope = `${baseUrl} ${tokenFingerprint(config2.accessToken)}`, policy = {
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
      let res = await doFetch(url, {
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
    let { method, path: template } = ENDPOINTS[endpoint];
    return callWithResilience(attempt, { method, path: template, idempotent: opts.idempotent ?? method === "GET", ...opts }, policy);
  }
  function call(endpoint, req, opts) {
    let url = `${baseUrl}${endpointPath(endpoint, req.pathParams)}${queryString(req.query)}`;
    return run(endpoint, fetchAttempt(ENDPOINTS[endpoint].method, url, req.body), opts);
  }
  async function must(p) {
    let v = await p;
    if (v === null) throw new ConnectionError("HubSpot returned no body");
    return v;
  }
  let getContactEnrollment = async ({ contactId }) => {
    let none = pipe(strictObject({}), transform(() => null));
    return await call("getContactSequenceEnrollment", { pathParams: { contactId } }, { schema: nullable(optional(union([none, contactSequenceEnrollment]))), treatAsNull: [404] }) ?? null;
  }, listForContact = async ({ contactId }) => await call("listContactWorkflows", { pathParams: { contactId } }, { schema: legacyWorkflowMemberships, treatAsNull: [404] }) ?? [], contactsApi, client = {
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
            idempotent: !1,
            schema: sequenceEnrollmentCreated,
            reserveMs: RECONCILE_RESERVE_MS,
            // Did the POST land before the answer was lost? HubSpot allows one active sequence per contact.
            reconcile: async () => {
              let current = await getContactEnrollment({ contactId });
              if (!(!current || current.sequenceId !== sequenceId))
                return { id: current.id, toEmail: current.toEmail, enrolledAt: current.enrolledAt, updatedAt: current.updatedAt, recoveredAfterAmbiguousFailure: !0 };
            }
          }
        )
      )
    },
    workflows: {
      list: ({ after, limit }) => must(call("listFlows", { query: { after: cursorValue(after), limit } }, { schema: flowPage })),
      listAll: async ({ maxPages, limit }) => {
        let results = [], after;
        for (let page = 0; page < maxPages; page++) {
          let res = await client.workflows.list({ after, limit });
          if (results.push(...res.results), after = res.paging?.next?.after, !after) return { results, truncated: !1 };
        }
        return { results, truncated: !0 };
      },
      get: ({ flowId }) => must(call("getFlow", { pathParams: { flowId } }, { schema: flow })),
      batchRead: async ({ flowIds }) => {
        let chunks = chunk(unique(flowIds), BATCH_CHUNK);
        return (await Promise.all(
          chunks.map(
            (ids) => must(call("batchReadFlows", { body: { inputs: ids.map((flowId) => ({ flowId, type: "FLOW_ID" })) } }, { idempotent: !0, schema: flowBatch }))
          )
        )).flatMap((p) => p.results);
      },
      mapIds: async ({ workflowIds = [], flowIds = [] }) => {
        let inputs = [
          ...unique(workflowIds).map((workflowId) => ({ workflowId, type: "WORKFLOW_ID" })),
          ...unique(flowIds).map((flowId) => ({ flowId, type: "FLOW_ID" }))
        ];
        return inputs.length ? (await Promise.all(
          chunk(inputs, BATCH_CHUNK).map((part) => must(call("mapWorkflowIds", { body: { inputs: part } }, { idempotent: !0, schema: idMappingBatch })))
        )).flatMap((p) => p.results) : [];
      }
    },
    legacyWorkflows: {
      listForContact,
      enrollContact: async ({ workflowId, email: email3, contactId }) => (await call(
        "enrollInWorkflow",
        { pathParams: { workflowId, email: email3 } },
        {
          idempotent: !1,
          reserveMs: RECONCILE_RESERVE_MS,
          reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? { recovered: !0 } : void 0
        }
      ))?.recovered ? { recoveredAfterAmbiguousFailure: !0 } : {},
      unenrollContact: async ({ workflowId, email: email3, contactId }) => (await call(
        "unenrollFromWorkflow",
        { pathParams: { workflowId, email: email3 } },
        {
          idempotent: !1,
          reserveMs: RECONCILE_RESERVE_MS,
          reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? void 0 : { recovered: !0 }
        }
      ))?.recovered ? { recoveredAfterAmbiguousFailure: !0 } : {},
      listAll: async () => {
        let page = await must(call("listLegacyWorkflows", {}, { schema: legacyWorkflowList })), all = safeParse(legacyWorkflowSummaries, page.workflows);
        if (all.success) return { workflows: all.data, skipped: 0 };
        let workflows = [];
        for (let entry of page.workflows) {
          let parsed = safeParse(legacyWorkflowSummary, entry);
          parsed.success && workflows.push(parsed.data);
        }
        return { workflows, skipped: page.workflows.length - workflows.length };
      },
      get: ({ workflowId }) => must(call("getLegacyWorkflow", { pathParams: { workflowId } }, { schema: legacyWorkflow }))
    },
    contacts: {
      get: async ({ contactId, properties }) => (contactsApi ??= contactsThroughApiClient(baseUrl, config2.accessToken), must(run("getContact", contactsApi.getById(contactId, properties), { schema: contact })))
    },
    actionTypes: {
      list: async ({ objectTypeId }) => {
        let page = await call("listActionTypes", { query: { objectTypeId } }, { schema: actionTypePage, treatAsNull: [403, 404] });
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
  let { Client } = require("@hubspot/api-client"), hubspot = new Client({ accessToken, basePath, numberOfApiCallRetries: 0 });
  return {
    getById: (contactId, properties) => async () => {
      try {
        let info = await hubspot.crm.contacts.basicApi.getByIdWithHttpInfo(contactId, properties);
        return { status: info.httpStatusCode, headers: lowerKeys(info.headers), body: JSON.parse(JSON.stringify(info.data)) };
      } catch (err) {
        let e = err;
        if (typeof e.code == "number") {
          let body = typeof e.body == "string" ? safeJson(e.body) : { value: e.body };
          return { status: e.code, headers: lowerKeys(e.headers ?? {}), body: body.parseFailed ? e.body : body.value, parseFailed: body.parseFailed };
        }
        throw err;
      }
    }
  };
}
function readResponse(status, headers, text) {
  if (!text) return { status, headers, body: void 0 };
  let parsed = safeJson(text);
  return parsed.parseFailed ? { status, headers, body: text, parseFailed: !0 } : { status, headers, body: parsed.value };
}
function safeJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { parseFailed: !0 };
  }
}
function lowerKeys(h) {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
function queryString(query) {
  if (!query) return "";
  let params = new URLSearchParams();
  for (let [k, v] of Object.entries(query)) v !== void 0 && v !== "" && params.set(k, String(v));
  let qs = params.toString();
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
  let out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function tokenFingerprint(token) {
  let h = 2166136261;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
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
  return { code, message, retryable: !1 };
}
function toFunctionError(err) {
  if (err instanceof FunctionFailure) return strip({ code: err.code, message: err.message, ...err.extra, retryable: err.extra.retryable ?? !1 });
  if (!(err instanceof HubSpotApiError))
    return appError("UNEXPECTED_RESPONSE", "Something unexpected went wrong in the app. If it keeps happening, contact your HubSpot admin.");
  let base = { correlationId: err.correlationId, hubspotReason: err.reason }, make = (code, message, retryable, more = {}) => strip({ code, message, ...base, ...more, retryable });
  if (err instanceof OutcomeUnknownError)
    return make("OUTCOME_UNKNOWN", "HubSpot did not confirm whether this went through. Refresh the card to check before trying again.", !1);
  if (err instanceof DeadlineExceededError)
    return err.status === 429 ? make("RATE_LIMITED", "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", !0) : make("HUBSPOT_UNAVAILABLE", "HubSpot did not answer in time. Try again in a moment.", !0);
  if (err instanceof UnexpectedResponseError)
    return make("UNEXPECTED_RESPONSE", "HubSpot sent an answer this app could not read. If it keeps happening, send the correlation id to support.", !1);
  if (err instanceof ConnectionError || err instanceof ServerError)
    return make("HUBSPOT_UNAVAILABLE", "HubSpot is not reachable right now. Try again in a moment.", !0);
  if (err instanceof RateLimitError) {
    let daily = err.policyName === "DAILY";
    return make("RATE_LIMITED", daily ? "This HubSpot account has used up today's API limit. Try again tomorrow or ask your admin." : "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", !daily);
  }
  if (err instanceof AuthenticationError)
    return make("UNAUTHORIZED", "The app's HubSpot access token was rejected. An admin needs to reinstall the app (npx hs project install-app).", !1);
  if (err instanceof MissingScopesError) {
    let scopes = err.requiredScopes ?? [];
    return make(
      "MISSING_SCOPES",
      scopes.length ? `The app is missing HubSpot permissions: ${scopes.join(", ")}. An admin needs to add them and reinstall the app.` : "The app is missing HubSpot permissions for this. An admin needs to check its scopes and reinstall the app.",
      !1,
      { requiredScopes: scopes.length ? scopes : void 0 }
    );
  }
  return err instanceof PermissionDeniedError ? make("PERMISSION_DENIED", "HubSpot does not allow this for this account or user (subscription, seat or permission). Ask your HubSpot admin.", !1) : err instanceof NotFoundError ? make("NOT_FOUND", "HubSpot could not find that record. It may have been deleted; refresh the page.", !1) : err instanceof ValidationError ? make("UNEXPECTED_RESPONSE", `HubSpot refused the request (${err.status}${err.category ? ` ${err.category}` : ""}). If it keeps happening, send the correlation id to support.`, !1) : make("UNEXPECTED_RESPONSE", `HubSpot refused the request${err.status ? ` (${err.status})` : ""}. If it keeps happening, send the correlation id to support.`, !1);
}
function strip(e) {
  for (let k of Object.keys(e)) e[k] === void 0 && delete e[k];
  return e;
}

// server/runtime/define-function.ts
var DEFAULT_BUDGET_MS = 11e3, DEFAULT_API_BASE_URL = "https://api.hubapi.com", propertiesToSendSchema = optional(
  pipe(
    record(
      string2().check(_regex(/^[A-Za-z0-9_]{1,100}$/, "property names are letters, digits and _")),
      nullable(optional(union([string2().check(_maxLength(65536)), number2(), boolean2()])))
    ),
    transform((rec) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v == null ? null : String(v)])))
  )
);
function depsFromEnv(env = process.env, now = Date.now) {
  let accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return { error: "The app has no HubSpot access token (PRIVATE_APP_ACCESS_TOKEN is not set). An admin needs to install the app." };
  let budget = Number(env.FUNCTION_BUDGET_MS) > 0 ? Number(env.FUNCTION_BUDGET_MS) : DEFAULT_BUDGET_MS, deadlineAt = now() + budget;
  return { hubspot: createHubSpotClient({
    baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_API_BASE_URL,
    accessToken,
    deadlineAt
  }), now: () => new Date(now()), deadlineAt };
}
function formatInputIssues(error) {
  return `Invalid input (${error.issues.map((i) => `${i.path.length ? i.path.join(".") : "input"}: ${i.message}`).join("; ")}).`;
}
async function runHandler(schema, handler, parameters, deps, propertiesToSend) {
  let parsed = safeParse(schema, parameters ?? {});
  if (!parsed.success)
    return { ok: !1, error: appError("INVALID_INPUT", formatInputIssues(parsed.error)) };
  let properties = safeParse(propertiesToSendSchema, propertiesToSend);
  if (!properties.success)
    return { ok: !1, error: appError("INVALID_INPUT", formatInputIssues(prefixed(properties.error, "propertiesToSend"))) };
  let built = typeof deps == "function" ? deps() : deps;
  if ("error" in built) return { ok: !1, error: appError("MISCONFIGURED", built.error) };
  let resolved = properties.data ? { ...built, propertiesToSend: properties.data } : built;
  try {
    return { ok: !0, data: await handler(parsed.data, resolved) };
  } catch (err) {
    let error = toFunctionError(err);
    return err instanceof FunctionFailure || console.error(`[function] ${error.code}${error.correlationId ? ` correlationId=${error.correlationId}` : ""}: ${err instanceof Error ? err.message : "non-error thrown"}`), { ok: !1, error };
  }
}
function defineFunction(schema, handler) {
  return async function(context = {}) {
    return runHandler(schema, handler, context.parameters, () => depsFromEnv(), context.propertiesToSend);
  };
}
function prefixed(error, key) {
  return { ...error, issues: error.issues.map((i) => ({ ...i, path: [key, ...i.path] })) };
}
var hubspotId = (label) => string2().check(_trim(), _regex(/^\d{1,20}$/, `${label} must be a HubSpot id (digits only)`)), optionalQuery = optional(string2().check(_trim(), _maxLength(200, "query must be at most 200 characters"))), HUBSPOT_CURSOR = /^(?:[A-Za-z0-9\-_+/=]|%[0-9A-Fa-f]{2})*$/, optionalCursor = optional(
  string2().check(_maxLength(500, "after must be a paging cursor from a previous page"), _regex(HUBSPOT_CURSOR, "after must be a paging cursor from a previous page"))
);

// server/runtime/record-properties.ts
var RECORD_ID_PROPERTY = "hs_object_id";
function contactFromPropertiesToSend(deps, contactId, properties) {
  let sent = deps.propertiesToSend;
  return !sent || sent[RECORD_ID_PROPERTY] !== contactId || !properties.every((p) => Object.prototype.hasOwnProperty.call(sent, p)) ? null : { id: contactId, properties: Object.fromEntries(properties.map((p) => [p, sent[p]])) };
}
async function contactProperties(deps, contactId, properties) {
  return contactFromPropertiesToSend(deps, contactId, properties) ?? deps.hubspot.contacts.get({ contactId, properties: [...properties] });
}

// server/workflows/enrollability.ts
var NO_EMAIL_REASON = "This contact has no email address, and HubSpot enrolls contacts in workflows by email. Add an email first.";
function refusalFor(f) {
  let name = `"${f.name}"`;
  if (f.objectTypeId !== "0-1") {
    let what = f.objectTypeId === "0-3" ? "deals" : f.objectTypeId === "0-2" ? "companies" : f.objectTypeId === "0-5" ? "tickets" : `records of object type ${f.objectTypeId}`;
    return { code: "NOT_CONTACT_BASED", reason: `${name} enrolls ${what}, not contacts: a contact cannot be enrolled in it.` };
  }
  return f.isEnabled ? f.legacyWorkflowId ? f.isMember === !0 ? { code: "ALREADY_ENROLLED", reason: `This contact is already in ${name}.` } : f.hasEmail === !1 ? { code: "NO_EMAIL", reason: NO_EMAIL_REASON } : null : {
    code: "NOT_FOUND",
    reason: `${name} has no legacy workflow id, and HubSpot's public API can only enroll contacts in workflows that have one (v4 has no enroll endpoint). Enroll the contact from the workflow in HubSpot instead.`
  } : { code: "WORKFLOW_OFF", reason: `${name} is turned off. Turn it on in HubSpot before enrolling contacts.` };
}

// server/workflows/legacy-only.ts
var legacyName = (w) => w.name?.trim() || `Workflow ${w.id}`;

// server/functions/search-workflows.ts
var searchWorkflowsInput = object({ contactId: optional(hubspotId("contactId")) });
async function searchWorkflows({ contactId }, deps) {
  let hs = deps.hubspot, [listing, memberships, contact2] = await Promise.all([
    hs.legacyWorkflows.listAll(),
    contactId ? hs.legacyWorkflows.listForContact({ contactId }) : null,
    contactId ? contactProperties(deps, contactId, ["email"]) : null
  ]), memberIds = new Set((memberships ?? []).map((m) => m.id)), hasEmail = contact2 ? !!contact2.properties.email?.trim() : null, seen = /* @__PURE__ */ new Set(), workflows = [];
  for (let w of listing.workflows) {
    if (seen.has(w.id)) continue;
    seen.add(w.id);
    let name = legacyName(w), isEnabled = w.enabled === !0, refusal = refusalFor({
      name,
      objectTypeId: "0-1",
      isEnabled,
      legacyWorkflowId: w.id,
      isMember: contactId ? memberIds.has(w.id) : null,
      hasEmail
    });
    workflows.push({ legacyWorkflowId: w.id, flowId: null, name, isEnabled, canEnroll: !refusal, ...refusal ? { reason: refusal.reason } : {} });
  }
  return workflows.sort((a, b) => Number(b.canEnroll) - Number(a.canEnroll) || a.name.localeCompare(b.name) || a.legacyWorkflowId.localeCompare(b.legacyWorkflowId)), {
    workflows,
    total: workflows.length,
    enrollableCount: workflows.filter((w) => w.canEnroll).length,
    contactReason: hasEmail === !1 ? NO_EMAIL_REASON : null
  };
}
var main = defineFunction(searchWorkflowsInput, searchWorkflows);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  searchWorkflows,
  searchWorkflowsInput
});
