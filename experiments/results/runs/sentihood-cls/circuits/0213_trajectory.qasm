// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4702341024987489) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4dceca180128ab395cdbd7d1285e62de25ac7ad5cd6af33667dbaf775cf1fddc
