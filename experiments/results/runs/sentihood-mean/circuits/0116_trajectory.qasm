// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2253114096139104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02fa9ad08b363621947350a754842e1424f55cb48a95297ae7fdb7447b3ae13a
