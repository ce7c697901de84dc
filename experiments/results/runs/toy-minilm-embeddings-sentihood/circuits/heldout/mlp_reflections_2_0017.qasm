// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3007038389222167) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14614bd29fcf8896c8565df95cf0c785eb994868b1dafba29cccd2b7d07f1f20
