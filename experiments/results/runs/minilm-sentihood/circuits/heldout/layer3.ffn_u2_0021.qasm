// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.38464311164850473) q[0];
ry(0.6738888600648969) q[0];
rz(-0.3063577640196531) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f97f02eb5c94e395295a0a028c63ba30c620deafa7a1c5e35b38460a9d5a9ce1
