// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.582044130103993) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d415696f24effef98507bfb99a3d7d50285419360e94fc5e326087021f55b3bc
