// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.339259214784724) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13613bce69836f445a371f24d0c0610490fd1a061772d86b433d704b51c385ac
