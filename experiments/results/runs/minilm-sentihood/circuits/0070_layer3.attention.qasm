// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.080642074905461) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2dd48d7e0cb465f07e94c595b690b1ef1f2d2c47583c2ca4aa038a11c9b26c1e
