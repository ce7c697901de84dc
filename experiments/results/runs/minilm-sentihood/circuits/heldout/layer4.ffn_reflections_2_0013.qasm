// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9095691905014665) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 430f6f5474c0fe7b4950b7fe091c004a7a427d160dfa6ff05cd7378859ee0747
