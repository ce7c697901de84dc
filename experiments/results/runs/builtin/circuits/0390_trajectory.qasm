// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7137359149849223) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c550032519a9356b0affde0242e0ec28d1f02818fc5ad152b333adc1e5adb621
