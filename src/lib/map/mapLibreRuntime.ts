// The parts of MapLibre the app runs, named so that the bundler leaves the rest out.
export { Map, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
