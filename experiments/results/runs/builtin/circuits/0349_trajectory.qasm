// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0630609769056716) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3e859d3e9f5331a7be895fdedd405a1db1ffda78446c96e98c75649d5bd5052
