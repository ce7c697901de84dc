// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24189088420316018) q[0];
ry(0.6606950704758509) q[0];
rz(-0.1923935640257266) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec526fd66a48e3a10cbadd4fdf26cc130c7d0187e9d15bde135721cda5359495
