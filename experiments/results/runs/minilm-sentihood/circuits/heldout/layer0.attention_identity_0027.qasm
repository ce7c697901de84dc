// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0280276143351017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce72dae8a4681a0a57ebff434f7f9e738f453985439ac82d0be88201ae4fdb9f
