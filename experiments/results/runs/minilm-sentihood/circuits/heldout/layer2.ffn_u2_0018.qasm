// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3622130866187927) q[0];
ry(2.1801077394531094) q[0];
rz(0.2135567960412703) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30e38de5fa409d59b1ca92743201d05299474e9672374c97722dc619d2eef8ae
