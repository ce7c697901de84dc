// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5110223949211514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56dfaf0692dfa3bbdba4edcbb23df06b77229056d5b1c225fe6328dad8c12ded
