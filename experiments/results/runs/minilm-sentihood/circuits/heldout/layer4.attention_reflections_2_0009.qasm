// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3786021313131038) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1e3ffd71e70e82a0829d69cea052b3c448181e03a9c3092cdf433c1285cd275
