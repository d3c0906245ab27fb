/** Turf's mean Earth radius (6,371.0088 km), which every distance here uses. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Length of one degree of a great circle on that sphere, km. */
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Half the Earth's circumference, km: no two points are farther apart. */
export const HALF_CIRCUMFERENCE_KM = EARTH_RADIUS_KM * Math.PI;
