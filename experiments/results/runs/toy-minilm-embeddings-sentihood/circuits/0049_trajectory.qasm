// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5177203949321953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc3b343595f580ea5bf74b864fe069e80fbaaaa98010ddb51753a59ae08920fa
