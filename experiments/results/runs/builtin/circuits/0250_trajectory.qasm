// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3339573783669192) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 37b45cdc4098d4bc7e1724a47692b7855150a2a456018295f63a4d2bd688d4d4
