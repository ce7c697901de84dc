// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.04933441017917417) q[0];
ry(1.044317374632991) q[0];
rz(-0.0248052006661017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8bac4bd6cfbd6e7f1d404cc5b62f1bf30497376a2ca34f77857ce416a3d2b505
