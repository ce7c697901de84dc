// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4322210596539366) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcabca5dd395554762aada905d896fb0fb68e2ebfc231519a3440d0d774ce27a
