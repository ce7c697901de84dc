// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4021142005990051) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f16bc07448d07291a8c2391d0b8523a50fd674453970a7f9e40303cec8ae316
