// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.329091282417688) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3980c31da38cbb63ab407b69cea71533c61f5d2fd8cce2ccc1b83d3015369607
