// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.04487503971767515) q[0];
ry(1.8869580708116436) q[0];
rz(0.013961051407332725) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a002386f9ad3c826e71e02b92f80ee120dab61a7ea3b3e224a8b06f512636d9
