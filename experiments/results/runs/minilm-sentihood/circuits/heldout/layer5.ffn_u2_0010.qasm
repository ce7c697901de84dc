// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23282131568199205) q[0];
ry(1.4612045754951908) q[0];
rz(-0.025928742557073114) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7dcc9a0224759000cc1397f4502ae14fb5b218789eb3bf885b6d685b21780b4e
