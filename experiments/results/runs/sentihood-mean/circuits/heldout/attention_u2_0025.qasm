// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.029095220011242) q[0];
ry(1.4909380340017133) q[0];
rz(-0.13180177382182734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d625668ef681e4ee92c0c8cdcb76e52127add9741587c0af203202d7d26aaa4a
