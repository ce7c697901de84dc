// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5551734244827258) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 543d33b727991210c67268f96695e9aee27af8f6cdb40ca408eb72d198e63316
