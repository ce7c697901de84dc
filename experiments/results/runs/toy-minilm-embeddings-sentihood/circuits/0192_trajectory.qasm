// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.730283690415806) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0843860e35d053f32315a4eac72cc65e2a71178c0e77d499d2819dd92e2d33fc
