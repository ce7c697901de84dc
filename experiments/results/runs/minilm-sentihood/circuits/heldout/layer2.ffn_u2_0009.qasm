// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.30240058712124185) q[0];
ry(1.7916735739459435) q[0];
rz(0.06824169059080631) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a02f32237e93a2ba8f7cccfc800a7c2f962f734fb2ae5d681d3b471510c41e49
