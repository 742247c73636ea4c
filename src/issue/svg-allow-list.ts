// What an SVG in a book may hold: the static-graphics elements and the
// geometry, presentation and text attributes of SVG 1.1 / SVG 2 (what
// charts, diagrams and logos exported from Inkscape, Illustrator, Excel or
// a charting library use). Absent on purpose: script, foreignObject, a
// (links), animate/set/animateMotion/animateTransform (they can set href),
// audio/video/iframe/canvas, cursor, font (SVG fonts), view, and every on*
// event attribute.

export const SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'switch', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

export const SVG_ATTRIBUTES: ReadonlySet<string> = new Set([
  // Core, structure and accessibility
  'id', 'class', 'style', 'lang', 'tabindex', 'role', 'version', 'baseProfile', 'viewBox', 'preserveAspectRatio',
  'x', 'y', 'width', 'height', 'transform', 'href', 'systemLanguage', 'requiredExtensions', 'requiredFeatures',
  // Geometry
  'd', 'pathLength', 'points', 'cx', 'cy', 'r', 'rx', 'ry', 'x1', 'y1', 'x2', 'y2',
  // Text
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side', 'path',
  // Paint servers, clipping, masking, markers
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'fr',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  // Filters
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'mode', 'type', 'values', 'operator',
  'k1', 'k2', 'k3', 'k4', 'stdDeviation', 'edgeMode', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  'kernelMatrix', 'order', 'divisor', 'bias', 'targetX', 'targetY', 'preserveAlpha', 'radius',
  'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'scale', 'xChannelSelector', 'yChannelSelector',
  'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent', 'kernelUnitLength',
  'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
  // Presentation attributes (SVG 2 §6.6)
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-rendering', 'direction', 'display', 'dominant-baseline', 'fill',
  'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font', 'font-family', 'font-size',
  'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight', 'glyph-orientation-horizontal',
  'glyph-orientation-vertical', 'image-rendering', 'isolation', 'letter-spacing', 'lighting-color', 'marker',
  'marker-end', 'marker-mid', 'marker-start', 'mask', 'mask-type', 'mix-blend-mode', 'opacity', 'overflow',
  'paint-order', 'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity',
  'stroke-width', 'text-anchor', 'text-decoration', 'text-rendering', 'transform-origin', 'unicode-bidi',
  'vector-effect', 'visibility', 'white-space', 'word-spacing', 'writing-mode',
]);
