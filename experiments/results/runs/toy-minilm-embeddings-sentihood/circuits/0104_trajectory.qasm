// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3540153451936808) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2e16111978035f1656dbe38a306d45ae5951677cb02e4df1477f6186788034c
