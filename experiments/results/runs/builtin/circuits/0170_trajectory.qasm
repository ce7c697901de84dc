// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.926773635588745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8dd2593e87b72ca5262b528f16826178c8bd26087e90fd08ec5d668fa4532ff8
