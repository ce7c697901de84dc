// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9447962171244426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13e94fcbd7d985094d379f2453402f71a5aa5dc572bd2674991356da17ae603b
