// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6965289739571024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34914e5d703f47ec1531ccccf38fb086491cff7e3741496d4710e4bc076b310d
