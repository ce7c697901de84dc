// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4922402188758535) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1729fb430e97e2acddcc0bd630020daa02714e5bef6d962ced20c6c5f29d73cd
