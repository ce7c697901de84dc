// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08885814645699774) q[0];
ry(1.3906301751649268) q[0];
rz(-0.01596344536530614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a49f8fb78038ede020a5f599b51a582207338a6d49878477dd21a6041b002d2
